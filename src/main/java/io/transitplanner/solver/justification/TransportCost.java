package io.transitplanner.solver.justification;

/** What carrying a shipment costs, pinned legs included. */
public record TransportCost(String shipment, int teu, int legs, long dollars) implements Described {
    @Override
    public String description() {
        return "Shipment " + shipment + " (" + teu + " TEU) costs $" + dollars + " over " + legs + " legs.";
    }
}

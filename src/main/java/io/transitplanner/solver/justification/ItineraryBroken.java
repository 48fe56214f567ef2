package io.transitplanner.solver.justification;

/** A chosen itinerary breaks one of the itinerary rules 1-5. */
public record ItineraryBroken(String shipment, String rule, String what) implements Described {
    @Override
    public String description() {
        return "Shipment " + shipment + " breaks rule " + rule + ": " + what + ".";
    }
}

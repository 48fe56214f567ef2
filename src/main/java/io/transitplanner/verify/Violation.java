package io.transitplanner.verify;

/**
 * One breach of one rule.
 *
 * @param rule the id of the rule broken (see {@link RuleResult#rule()})
 * @param shipment the shipment at fault, or {@code null} for a breach of a shared capacity (rules 6 to 8)
 * @param magnitude how badly it is broken, in the unit the hard score adds up: TEU over for TEU capacities, whole
 *     tonnes over (rounded up) for tonnages, 1 for a broken itinerary rule or a missing assignment
 */
public record Violation(String rule, String shipment, String message, long magnitude) {

    @Override
    public String toString() {
        return "[rule " + rule + "] " + (shipment == null ? "" : shipment + ": ") + message;
    }
}

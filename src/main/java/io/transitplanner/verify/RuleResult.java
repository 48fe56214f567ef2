package io.transitplanner.verify;

/**
 * How one rule of the contract fared in a plan.
 *
 * @param rule the rule's id: {@code "1"} to {@code "8"} for section 5, {@code "7x"} for section 7 (one assignment
 *     per shipment)
 * @param violations how many times it is broken; 0 when it holds
 */
public record RuleResult(String rule, String title, int violations) {

    public boolean holds() {
        return violations == 0;
    }
}

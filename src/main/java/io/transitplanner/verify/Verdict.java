package io.transitplanner.verify;

import io.transitplanner.domain.PlanScore;
import java.util.List;

/**
 * What the verifier found in a plan.
 *
 * @param valid true when no rule is broken
 * @param score the score the contract gives the plan, recomputed (hard is minus the sum of violation magnitudes)
 * @param rules every rule in the order of the contract, with how often it is broken
 * @param violations every breach found, by rule
 */
public record Verdict(boolean valid, PlanScore score, List<RuleResult> rules, List<Violation> violations) {

    /** How many violations the report lists before it only counts the rest. */
    static final int REPORTED_VIOLATIONS = 20;

    public Verdict {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
    }

    /** The violations of one rule, by its id ({@code "1"} to {@code "8"}, {@code "7x"}). */
    public List<Violation> violationsOf(String rule) {
        return violations.stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** A text for people: one line per rule, then the first violations, then the score. */
    public String report() {
        StringBuilder text = new StringBuilder();
        int width = rules.stream().mapToInt(r -> r.title().length()).max().orElse(0) + 4;
        for (RuleResult rule : rules) {
            String label = String.format("rule %-3s %s ", rule.rule(), rule.title());
            text.append(label)
                    .append(".".repeat(Math.max(3, width - rule.title().length())));
            if (rule.holds()) {
                text.append(" ok\n");
            } else {
                text.append(' ')
                        .append(rule.violations())
                        .append(rule.violations() == 1 ? " violation\n" : " violations\n");
            }
        }
        if (!violations.isEmpty()) {
            text.append('\n');
            violations.stream()
                    .limit(REPORTED_VIOLATIONS)
                    .forEach(v -> text.append("  ").append(v).append('\n'));
            if (violations.size() > REPORTED_VIOLATIONS) {
                text.append("  ... and ")
                        .append(violations.size() - REPORTED_VIOLATIONS)
                        .append(" more\n");
            }
        }
        text.append('\n');
        text.append(valid ? "valid" : "INVALID")
                .append(", score ")
                .append(score)
                .append('\n');
        return text.toString();
    }
}

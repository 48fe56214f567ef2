package io.transitplanner.verify;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against every rule of the planning contract and recomputes its score, using nothing but the
 * scenario's records. It is written apart from the solver, on purpose: two readings of the contract that agree
 * are the best evidence either is right. It never throws on a plan that could be read; whatever is wrong with
 * the plan becomes a violation.
 */
public final class PlanVerifier {

    private PlanVerifier() {}

    public static Verdict verify(Scenario scenario, Plan plan) {
        return inspect(scenario, plan).verdict();
    }

    /**
     * The verdict on a plan together with what it was computed from: the indexed network, each shipment's legs as
     * scored and the capacity loads, for reports that must show exactly the verifier's figures.
     */
    public static Inspection inspect(Scenario scenario, Plan plan) {
        Network network = new Network(scenario);
        List<Violation> violations = new ArrayList<>();
        List<Trip> trips = trips(scenario, plan, violations);

        ItineraryRules itineraries = new ItineraryRules(network, violations);
        trips.forEach(itineraries::check);
        Loads loads = Loads.of(network, trips);
        new CapacityRules(network, violations).check(loads);

        List<Violation> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparingInt(v -> ruleOrder(v.rule())));
        List<RuleResult> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            int count =
                    (int) ordered.stream().filter(v -> v.rule().equals(rule.id)).count();
            rules.add(new RuleResult(rule.id, rule.title, count));
        }
        long hard = 0;
        for (Violation v : ordered) {
            hard -= v.magnitude();
        }
        Scoring scoring = new Scoring(network);
        PlanScore score = new PlanScore(hard, scoring.medium(trips), scoring.soft(trips));
        return new Inspection(new Verdict(ordered.isEmpty(), score, rules, ordered), network, scoring, trips, loads);
    }

    /**
     * Section 7: every shipment of the scenario has exactly one assignment. Each shipment is checked and scored with
     * its first assignment (none: no legs); further assignments, and assignments of unknown shipments, are
     * violations and take no further part.
     */
    private static List<Trip> trips(Scenario scenario, Plan plan, List<Violation> violations) {
        Map<String, Shipment> shipments = new LinkedHashMap<>();
        for (Shipment shipment : scenario.shipments()) {
            shipments.putIfAbsent(shipment.id(), shipment);
        }
        Map<String, Assignment> first = new HashMap<>();
        for (Assignment assignment : plan.assignments()) {
            String id = assignment.shipment();
            if (!shipments.containsKey(id)) {
                violations.add(new Violation(
                        Rule.ONE_ASSIGNMENT.id, id, "an assignment for a shipment the scenario does not have", 1));
            } else if (first.putIfAbsent(id, assignment) != null) {
                violations.add(new Violation(Rule.ONE_ASSIGNMENT.id, id, "more than one assignment", 1));
            }
        }
        List<Trip> trips = new ArrayList<>();
        for (Shipment shipment : shipments.values()) {
            Assignment assignment = first.get(shipment.id());
            if (assignment == null) {
                violations.add(new Violation(Rule.ONE_ASSIGNMENT.id, shipment.id(), "no assignment", 1));
                trips.add(new Trip(shipment, List.of()));
            } else {
                trips.add(new Trip(shipment, assignment.legs()));
            }
        }
        return trips;
    }

    private static int ruleOrder(String id) {
        for (Rule rule : Rule.values()) {
            if (rule.id.equals(id)) {
                return rule.ordinal();
            }
        }
        return Rule.values().length;
    }
}

package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.cli.Scenarios;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioGenerator;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The whole chain on the default NDN scenario, on a generated variant of 200 shipments and on a congested network: after 30 s the plan is valid, the verifier computes
 * the same score to the unit, lethal cargo never goes through Russia and no leg uses a closed node.
 */
class GeneratedScenarioSolveTest {

    @Test
    void shouldPlanTwoHundredShipmentsValidly() {
        Scenario scenario = ScenarioGenerator.generate(Scenarios.load("ndn-2012"), 200, 7L);
        var config = SolverConfigs.build(SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(30)));
        TransitSolution best = SolverFactory.<TransitSolution>create(config)
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, CandidateOptions.defaults()));
        Plan plan = PlanExtractor.plan(best);

        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.violations()).isEmpty();
        assertThat(plan.score().hard()).isZero();
        assertThat(verdict.score()).isEqualTo(plan.score());
        assertThat(plan.assignments()).hasSize(200);
        assertThat(plan.assignments().stream().filter(a -> !a.legs().isEmpty()).count())
                .as("most shipments are planned")
                .isGreaterThan(100);

        Map<String, Boolean> touchesRussia = new HashMap<>();
        scenario.lanes()
                .forEach(l -> touchesRussia.put(
                        l.code(),
                        l.transits().contains("RU")
                                || countryOf(scenario, l.from()).equals("RU")
                                || countryOf(scenario, l.to()).equals("RU")));
        for (var shipment : scenario.shipments()) {
            if (shipment.cargoClass() != CargoClass.LETHAL) {
                continue;
            }
            plan.assignments().stream()
                    .filter(a -> a.shipment().equals(shipment.id()))
                    .flatMap(a -> a.legs().stream())
                    .forEach(leg -> assertThat(touchesRussia.get(leg.lane()))
                            .as("lethal " + shipment.id() + " on " + leg.lane())
                            .isFalse());
        }
    }

    @Test
    void shouldPlanTheDefaultScenarioValidly() {
        Scenario scenario = Scenarios.load("ndn-2012");
        var config = SolverConfigs.build(SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(10)));
        TransitSolution best = SolverFactory.<TransitSolution>create(config)
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, CandidateOptions.defaults()));
        Plan plan = PlanExtractor.plan(best);

        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.score()).isEqualTo(plan.score());
        // the Pakistani crossings are closed until 4 July 2012: no leg may use them before
        var reopening = java.time.Instant.parse("2012-07-04T00:00:00Z");
        for (var assignment : plan.assignments()) {
            for (var leg : assignment.legs()) {
                var lane = scenario.lanes().stream()
                        .filter(l -> l.code().equals(leg.lane()))
                        .findFirst()
                        .orElseThrow();
                if (List.of("TKM", "CMN").contains(lane.from())
                        || List.of("TKM", "CMN").contains(lane.to())) {
                    assertThat(leg.departure()).isAfterOrEqualTo(reopening);
                }
            }
        }
    }

    @Test
    void shouldStayValidWhenCapacityIsShort() {
        // 150 shipments on the small conformance network, five times what it carries on time: the search must trade
        // departures, days at the crossings and the weekly Uzbek quota between shipments, and leave some out
        Scenario scenario = ScenarioGenerator.generate(Conformance.scenario("small.scenario.json"), 150, 3L);
        var config = SolverConfigs.build(SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(10)));
        TransitSolution best = SolverFactory.<TransitSolution>create(config)
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, CandidateOptions.defaults()));
        Plan plan = PlanExtractor.plan(best);

        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.score()).isEqualTo(plan.score());
        assertThat(plan.score().medium())
                .as("capacity is short, so some are late or left out")
                .isNegative();
        assertThat(plan.assignments().stream().filter(a -> !a.legs().isEmpty()).count())
                .isGreaterThan(30);
    }

    private static String countryOf(Scenario scenario, String node) {
        return scenario.nodes().stream()
                .filter(n -> n.code().equals(node))
                .findFirst()
                .orElseThrow()
                .country();
    }
}

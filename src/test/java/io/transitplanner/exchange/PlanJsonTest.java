package io.transitplanner.exchange;

import static io.transitplanner.testdata.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.testdata.Conformance;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> conformancePlans() {
        return Conformance.files(".plan.json");
    }

    static String text(String file) {
        return Conformance.text(file);
    }

    @Test
    void conformancePackHasPlans() throws IOException {
        assertThat(conformancePlans()).hasSize(8);
    }

    @ParameterizedTest
    @MethodSource("conformancePlans")
    void readsEveryConformancePlan(String file) throws IOException {
        Plan plan = PlanJson.read(text(file));

        JsonNode tree = MAPPER.readTree(text(file));
        assertThat(plan.scenario()).isEqualTo(tree.get("scenario").asText());
        assertThat(plan.score())
                .isEqualTo(new PlanScore(
                        tree.get("score").get("hard").asLong(),
                        tree.get("score").get("medium").asLong(),
                        tree.get("score").get("soft").asLong()));
        assertThat(plan.assignments()).hasSize(tree.get("assignments").size());
        for (int i = 0; i < plan.assignments().size(); i++) {
            assertThat(plan.assignments().get(i).shipment())
                    .isEqualTo(tree.get("assignments").get(i).get("shipment").asText());
            assertThat(plan.assignments().get(i).legs())
                    .hasSize(tree.get("assignments").get(i).get("legs").size());
        }
    }

    @ParameterizedTest
    @MethodSource("conformancePlans")
    void conformancePlanSurvivesWriteAndRead(String file) throws IOException {
        Plan plan = PlanJson.read(text(file));

        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void readsTheLegsOfTheSmallPlan() throws IOException {
        Plan plan = PlanJson.read(text("small.plan.json"));

        assertThat(plan.scenario()).isEqualTo("small");
        assertThat(plan.score()).isEqualTo(new PlanScore(0, -7679, -551709));
        assertThat(plan.assignments().get(0))
                .isEqualTo(new Assignment(
                        "S0000", List.of(new Leg("OB2-HGB-AIR", at("2012-08-26T23:00"), at("2012-08-27T12:00")))));
    }

    @Test
    void largeScoresSurviveWriteAndRead() {
        // A season of the full network costs billions of dollars: beyond a 32-bit integer.
        Plan plan = new Plan(
                "big",
                new PlanScore(-5, -3_000_000_000L, -9_876_543_210L),
                List.of(
                        new Assignment("A-1", List.of()),
                        new Assignment(
                                "A-2", List.of(new Leg("X-Y", at("2012-08-06T06:00"), at("2012-08-06T16:00"))))));

        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void extraFieldsAreWrittenAndIgnoredOnReading() throws IOException {
        Plan plan = PlanJson.read(text("small.plan.json"));

        String withKpis = PlanJson.write(plan, root -> root.putObject("kpis").put("onTimeShare", 0.93));

        assertThat(MAPPER.readTree(withKpis).get("kpis").get("onTimeShare").asDouble())
                .isEqualTo(0.93);
        assertThat(PlanJson.read(withKpis)).isEqualTo(plan);
    }

    // ------------------------------------------------------------------ bad documents

    static ObjectNode small() throws IOException {
        return (ObjectNode) MAPPER.readTree(text("small.plan.json"));
    }

    static ObjectNode assignment(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("assignments").get(index);
    }

    static ObjectNode leg(ObjectNode doc, int assignment, int index) {
        return (ObjectNode) assignment(doc, assignment).get("legs").get(index);
    }

    static List<FormatProblem> problems(ObjectNode doc, Consumer<ObjectNode> change) {
        change.accept(doc);
        return problems(doc.toString());
    }

    static List<FormatProblem> problems(String json) {
        try {
            PlanJson.read(json);
        } catch (InvalidDocumentException e) {
            return e.problems();
        }
        return fail("the document was read without complaint");
    }

    static void assertOnlyProblem(List<FormatProblem> problems, String path, String reason) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void malformedJsonIsReportedAtTheRoot() {
        assertOnlyProblem(problems("{\"scenario\": \"small\", \"assignments\": [}"), "$", "malformed JSON at line 1");
        assertOnlyProblem(problems("{} {}"), "$", "malformed JSON");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        assertOnlyProblem(problems(small(), d -> d.remove("score")), "$.score", "is required");
        assertOnlyProblem(
                problems(small(), d -> ((ObjectNode) d.get("score")).remove("soft")), "$.score.soft", "is required");
        assertOnlyProblem(
                problems(small(), d -> assignment(d, 3).remove("legs")), "$.assignments[3].legs", "is required");
        assertOnlyProblem(
                problems(small(), d -> leg(d, 0, 0).remove("arrival")),
                "$.assignments[0].legs[0].arrival",
                "is required");
    }

    @Test
    void wrongTypeIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> assignment(d, 1).put("legs", "none")),
                "$.assignments[1].legs",
                "must be an array");
        assertOnlyProblem(
                problems(small(), d -> assignment(d, 1).put("shipment", 7)),
                "$.assignments[1].shipment",
                "must be a string");
        assertOnlyProblem(
                problems(small(), d -> ((ObjectNode) d.get("score")).put("medium", "-7679")),
                "$.score.medium",
                "must be an integer");
        assertOnlyProblem(
                problems(small(), d -> ((ObjectNode) d.get("score")).put("medium", -7679.5)),
                "$.score.medium",
                "must be an integer");
    }

    @Test
    void positiveScoreIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> ((ObjectNode) d.get("score")).put("hard", 1)), "$.score.hard", "at most 0");
    }

    @Test
    void badInstantIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> leg(d, 0, 0).put("departure", "2012-08-26 23:00")),
                "$.assignments[0].legs[0].departure",
                "is not an RFC 3339 date-time");
        assertOnlyProblem(
                problems(small(), d -> leg(d, 0, 0).put("departure", "2012-08-32T23:00:00Z")),
                "$.assignments[0].legs[0].departure",
                "is not a real date and time");
    }

    @Test
    void unknownLaneIsLeftToTheVerifier() throws IOException {
        ObjectNode doc = small();
        leg(doc, 0, 0).put("lane", "NO-SUCH-LANE");

        assertThat(PlanJson.read(doc.toString())
                        .assignments()
                        .get(0)
                        .legs()
                        .get(0)
                        .lane())
                .isEqualTo("NO-SUCH-LANE");
    }
}

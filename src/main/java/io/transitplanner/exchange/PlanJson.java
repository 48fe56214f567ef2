package io.transitplanner.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes plans in the JSON exchange format. Reading checks the document's shape only; whether its
 * legs make sense for a scenario is the plan verifier's question.
 */
public final class PlanJson {

    private PlanJson() {}

    public static Plan read(String json) {
        return read(ScenarioJson.parseTree(json));
    }

    public static Plan read(JsonNode tree) {
        JsonCursor root = JsonCursor.root(tree);
        if (!root.isObject()) {
            throw new InvalidDocumentException(root.problems());
        }
        String scenario = root.string("scenario", true);
        PlanScore score = null;
        if (!root.has("score")) {
            root.fail("score", "is required");
        } else {
            JsonCursor c = root.child("score");
            if (c.isObject()) {
                // Scores are longs: the cost of a season of the full network runs into billions of dollars.
                Long hard = c.longInteger("hard", true, Long.MIN_VALUE, 0);
                Long medium = c.longInteger("medium", true, Long.MIN_VALUE, 0);
                Long soft = c.longInteger("soft", true, Long.MIN_VALUE, 0);
                if (hard != null && medium != null && soft != null) {
                    score = new PlanScore(hard, medium, soft);
                }
            }
        }
        List<Assignment> assignments = root.list("assignments", true, false, c -> {
            if (!c.isObject()) {
                return null;
            }
            String shipment = c.string("shipment", true);
            List<Leg> legs = c.list("legs", true, false, PlanJson::leg);
            return shipment == null || legs == null ? null : new Assignment(shipment, legs);
        });
        if (!root.problems().isEmpty()) {
            throw new InvalidDocumentException(root.problems());
        }
        return new Plan(scenario, score, assignments);
    }

    private static Leg leg(JsonCursor c) {
        if (!c.isObject()) {
            return null;
        }
        String lane = c.string("lane", true);
        Instant departure = c.instant("departure", true);
        Instant arrival = c.instant("arrival", true);
        return lane == null || departure == null || arrival == null ? null : new Leg(lane, departure, arrival);
    }

    /** Writes a plan as pretty-printed JSON; {@code extra} may add fields (KPIs) to the root object. */
    public static String write(Plan plan, Consumer<ObjectNode> extra) {
        ObjectNode root = ScenarioJson.mapper().createObjectNode();
        root.put("scenario", plan.scenario());
        ObjectNode score = root.putObject("score");
        score.put("hard", plan.score().hard());
        score.put("medium", plan.score().medium());
        score.put("soft", plan.score().soft());
        ArrayNode assignments = root.putArray("assignments");
        for (Assignment a : plan.assignments()) {
            ObjectNode o = assignments.addObject();
            o.put("shipment", a.shipment());
            putLegs(o.putArray("legs"), a.legs());
        }
        if (extra != null) {
            extra.accept(root);
        }
        try {
            return ScenarioJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String write(Plan plan) {
        return write(plan, null);
    }

    static void putLegs(ArrayNode array, List<Leg> legs) {
        for (Leg leg : legs) {
            ObjectNode o = array.addObject();
            o.put("lane", leg.lane());
            o.put("departure", leg.departure().toString());
            o.put("arrival", leg.arrival().toString());
        }
    }
}

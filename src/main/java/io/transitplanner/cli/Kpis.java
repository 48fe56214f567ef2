package io.transitplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transitplanner.domain.PlanSummary;

/** Adds the plan's indicators to a plan document, as extra fields beside the score (readers ignore them). */
final class Kpis {
    private Kpis() {}

    static void put(ObjectNode root, PlanSummary summary) {
        ObjectNode kpis = root.putObject("kpis");
        kpis.put("shipments", summary.shipments());
        kpis.put("delivered", summary.delivered());
        kpis.put("unplanned", summary.unplanned());
        kpis.put("onTime", summary.onTime());
        kpis.put("onTimeShare", Math.round(summary.onTimeShare() * 10_000) / 10_000.0);
        kpis.put("costUsd", summary.costUsd());
        if (summary.busiestNode() != null) {
            kpis.put("busiestNode", summary.busiestNode());
            kpis.put("busiestNodeTeu", summary.busiestNodeTeu());
        }
    }
}

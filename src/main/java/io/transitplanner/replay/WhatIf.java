package io.transitplanner.replay;

import java.util.List;

/**
 * One way the drawdown could have been planned, and what its plan strands.
 *
 * @param name a short name ({@code "closure known"})
 * @param description how its plan was made
 * @param report the plan's figures
 * @param valid whether the independent verifier found the plan valid for the scenario it was made for
 * @param extraAirLoads air loads beyond those of the reference plan (the plan made without knowing of the closure)
 */
public record WhatIf(String name, String description, ReplayReport report, boolean valid, int extraAirLoads) {

    public static WhatIf of(
            String name, String description, ReplayReport report, boolean valid, ReplayReport reference) {
        return new WhatIf(name, description, report, valid, report.airLoadsTotal() - reference.airLoadsTotal());
    }

    /** The cases side by side, one column each. */
    public static String table(List<WhatIf> cases) {
        StringBuilder sb = new StringBuilder();
        String label = "%-52s";
        String cell = " %22s";
        sb.append(String.format(label, ""));
        cases.forEach(c -> sb.append(String.format(cell, c.name())));
        sb.append('\n');
        row(sb, label, cell, cases, "plan valid (independent verifier)", c -> c.valid() ? "yes" : "NO");
        row(
                sb,
                label,
                cell,
                cases,
                "road containers out before the closure",
                c -> n(c.report().containers().outBeforeClosure()));
        row(
                sb,
                label,
                cell,
                cases,
                "ground containers still in Afghanistan at the closure",
                c -> n(c.report().containers().notOutAtClosure()));
        row(
                sb,
                label,
                cell,
                cases,
                "  of which flown out after it",
                c -> n(c.report().containers().flownAfterClosure()));
        row(
                sb,
                label,
                cell,
                cases,
                "stranded (crossing after the closure, or undelivered)",
                c -> n(c.report().containers().stranded()));
        row(sb, label, cell, cases, "air loads", c -> n(c.report().airLoadsTotal()));
        row(
                sb,
                label,
                cell,
                cases,
                "  more than planned without the closure",
                c -> String.format("%+d", c.extraAirLoads()));
        row(
                sb,
                label,
                cell,
                cases,
                "  more still to fly the stranded (largest aircraft)",
                c -> n(c.report().airLoadsToFlyStranded()));
        row(
                sb,
                label,
                cell,
                cases,
                "cost (USD)",
                c -> String.format("%,d", c.report().costUsd()));
        return sb.toString();
    }

    private static void row(
            StringBuilder sb,
            String label,
            String cell,
            List<WhatIf> cases,
            String title,
            java.util.function.Function<WhatIf, String> value) {
        sb.append(String.format(label, title));
        cases.forEach(c -> sb.append(String.format(cell, value.apply(c))));
        sb.append('\n');
    }

    private static String n(int value) {
        return Integer.toString(value);
    }
}

// Overview: the selected plan's score and KPIs per nation and per corridor, the plan list, the live progress of a
// running solve, and the solve / stop / publish / replan buttons.
import { h, s, table, missingNote } from "../dom.js";
import { idFromLocation } from "../api.js";
import { parameterEnum, ENDPOINTS } from "../features.js";
import { progressPoints } from "../lib/scales.js";
import { running, reviewable, planTiles, progressSeries } from "../lib/plans.js";
import { num, usd, pct, when, score, seconds } from "../lib/format.js";

const POLL_MS = 1000;

export async function render(ctx, el) {
    const f = ctx.features;
    if (f.has("plans")) await ctx.refreshPlans(); // statuses change behind the page (solves end, others publish)
    const plan = ctx.plan();
    if (!f.has("plans", "plan")) {
        el.append(h("section", { class: "panel" }, h("h2", null, "Plan"),
            missingNote("Plans (score, KPIs, progress, solve, publish, replan)", f.missing("plans", "plan", "solve"))));
        await liveCounts(ctx, el);
        return;
    }
    const actions = h("div", { class: "toolbar" });
    const limit = h("input", { id: "time-limit", type: "number", min: 1, max: 3600, value: 10, size: 4,
        "aria-label": "Time limit in seconds" });

    actions.append(
        h("label", { class: "inline" }, "Time limit (s)", limit),
        button("solve", "Solve", f.has("solve"), "primary", async () => {
            const r = await ctx.api.post("/api/plans", { timeLimit: seconds(limit.value) });
            ctx.state.planId = idFromLocation(r.location) ?? r.data?.id;
            await ctx.refreshPlans();
            ctx.navigate("#/overview");
        }),
        button("stop", "Stop", f.has("stop") && running(plan), "", async () => {
            if (!(await ctx.confirm(`Stop the solve of plan v${plan.version}? It ends READY with the best solution `
                + "found so far."))) return;
            await ctx.api.post(`/api/plans/${plan.id}/stop`);
            await ctx.refreshPlans();
            ctx.navigate("#/overview");
        }),
        button("publish", "Publish", f.has("publish") && plan?.status === "READY" && plan?.kind !== "WHAT_IF",
            "", async () => {
                if (!(await ctx.confirm(`Publish plan v${plan.version}? Officers will see it, and the shipments it `
                    + "carries become PLANNED; the plan published before is superseded."))) return;
                await ctx.api.post(`/api/plans/${plan.id}/publish`);
                await ctx.refreshPlans();
                ctx.notify(`Plan v${plan.version} is published.`);
                ctx.navigate("#/overview");
            }),
        button("replan", "Replan", f.has("replan") && Boolean(ctx.published()), "", async () => {
            if (!(await ctx.confirm("Replan from now? Legs already under way stay as they are; the new plan is "
                + "a draft until you publish it."))) return;
            const r = await ctx.api.post("/api/plans/replan", { timeLimit: seconds(limit.value) });
            ctx.notify(`Replan started from plan v${ctx.published().version}.`);
            ctx.state.planId = idFromLocation(r.location) ?? r.data?.id;
            await ctx.refreshPlans();
            ctx.navigate("#/overview");
        }));
    const missingActions = f.missing("solve", "stop", "publish", "replan");
    el.append(h("section", { class: "panel" }, h("h2", null, "Plan"), actions,
        missingActions.length ? missingNote("Some actions", missingActions) : null,
        planSummary(plan)));

    if (plan) {
        const progressPanel = h("section", { class: "panel", id: "progress" }, h("h2", null, "Best score over time"));
        el.append(progressPanel);
        if (f.has("progress")) {
            watchProgress(ctx, plan, progressPanel);
        } else {
            progressPanel.append(missingNote("The progress chart", f.missing("progress")));
        }
        const kpiPanel = h("section", { class: "panel" }, h("h2", null, "KPIs by nation and by corridor"));
        el.append(kpiPanel);
        if (f.has("kpis") && reviewable(plan)) {
            await ctx.api.get(`/api/plans/${plan.id}/kpis`).then((k) => kpiPanel.append(kpiTables(k)), ctx.fail);
        } else if (f.has("kpis")) {
            kpiPanel.append(h("p", { class: "note" }, `Read when the plan is solved (it is ${plan.status}).`));
        } else {
            kpiPanel.append(missingNote("KPIs by nation and by corridor", f.missing("kpis")));
        }
    }
    el.append(h("section", { class: "panel" }, h("h2", null, "Plans"), planList(ctx)));

    function button(id, text, enabled, cls, action) {
        return h("button", { id, class: cls, disabled: !enabled, onclick: async (e) => {
            e.target.disabled = true;
            try { await action(); } catch (err) { ctx.fail(err); e.target.disabled = false; }
        } }, text);
    }
}

function planSummary(plan) {
    if (!plan) {
        return h("p", { class: "note", id: "no-plan" }, "No plan yet: press Solve to make one.");
    }
    const k = planTiles(plan.kpis);
    const tile = (label, value, id) => h("div", { class: "tile", id }, h("b", null, value), h("span", null, label));
    return h("div", { id: "plan-summary", "data-status": plan.status, "data-plan": plan.id, "data-kind": plan.kind },
        h("p", null, `Plan v${plan.version ?? "?"} (${plan.kind ?? "SOLVE"}) `,
            h("span", { id: "plan-status", class: `status ${plan.status}` }, plan.status),
            ` score `, h("b", { id: "plan-score" }, score(plan.score)),
            plan.failureReason ? h("span", { class: "status FAILED" }, ` ${plan.failureReason}`) : null),
        h("div", { class: "tiles" },
            tile("shipments", num(k.shipments ?? plan.shipments), "kpi-shipments"),
            tile("planned", num(k.planned), "kpi-planned"),
            tile(`on time (${pct(k.onTime, k.planned)})`, num(k.onTime), "kpi-on-time"),
            tile("late", num(k.late), "kpi-late"),
            tile("unplanned", num(k.unplanned), "kpi-unplanned"),
            tile("cost", usd(k.cost), "kpi-cost"),
            k.busiest ? tile("busiest node day", k.busiest, "kpi-busiest") : null),
        h("p", { class: "note" }, `made by ${plan.createdBy ?? "?"} at ${when(plan.createdAt)} UTC`,
            plan.now ? `, planning from ${when(plan.now)}` : "",
            plan.freezeWindow ? `, legs departing within ${plan.freezeWindow} kept` : "",
            plan.settings?.timeLimit ? `, time limit ${plan.settings.timeLimit}` : "",
            plan.publishedAt ? `, published ${when(plan.publishedAt)} UTC` : ""));
}

function kpiTables(k) {
    const columns = [
        ["", (r) => r.key], ["shipments", (r) => num(r.shipments), "n"], ["planned", (r) => num(r.planned), "n"],
        ["on time", (r) => num(r.onTime), "n"], ["late", (r) => num(r.late), "n"],
        ["unplanned", (r) => num(r.unplanned), "n"], ["TEU", (r) => num(r.teu), "n"], ["cost", (r) => usd(r.cost), "n"],
        ["weighted lateness", (r) => num(r.weightedLateness), "n"],
    ];
    const t = k.totals;
    return h("div", { id: "kpis" },
        t ? h("p", { id: "kpis-totals" }, `All: ${num(t.shipments)} shipments, ${num(t.teu)} TEU, ${num(t.planned)}`
            + ` planned (${num(t.onTime)} on time, ${num(t.late)} late), ${num(t.unplanned)} unplanned, ${usd(t.cost)}.`,
        k.score ? ` Verifier's score ${score(k.score)}` : "",
        k.valid == null ? "" : k.valid ? " (valid)." : " (breaks a rule).") : null,
    h("div", { class: "columns" },
        h("div", { id: "kpis-nation" }, h("h3", null, "By nation"), table(columns, k.byNation || [])),
        h("div", { id: "kpis-corridor" }, h("h3", null, "By corridor"), table(columns, k.byCorridor || []))));
}

function planList(ctx) {
    const plans = ctx.state.plans;
    if (plans.length === 0) return h("p", { class: "note" }, "No plans yet.");
    return table([
        ["version", (p) => `v${p.version ?? "?"}`], ["kind", (p) => p.kind ?? ""],
        ["status", (p) => h("span", { class: `status ${p.status}` }, p.status)], ["score", (p) => score(p.score)],
        ["planned", (p) => num(planTiles(p.kpis).planned), "n"], ["late", (p) => num(planTiles(p.kpis).late), "n"],
        ["unplanned", (p) => num(planTiles(p.kpis).unplanned), "n"], ["made", (p) => when(p.createdAt)],
    ], plans, (p) => ({
        class: `clickable${String(p.id) === String(ctx.state.planId) ? " selected" : ""}`,
        "data-plan": p.id,
        onclick: () => ctx.selectPlan(p.id),
    }));
}

/** Polls the plan and its progress while it solves; draws the best score over time; re-renders when done. */
function watchProgress(ctx, plan, panel) {
    const chart = s("svg", { class: "chart", id: "progress-chart", viewBox: "0 0 480 120", width: 480, height: 120 });
    const line = s("polyline", { class: "line", points: "" });
    const mark = s("circle", { class: "mark", r: 4, cx: -10, cy: -10, fill: "#1f5fa8" });
    chart.append(line, mark);
    const caption = h("p", { class: "note", id: "progress-caption" });
    panel.append(chart, caption);
    let timer = null;
    let stopped = false;
    ctx.onDispose(() => { stopped = true; clearTimeout(timer); });
    const tick = async () => {
        try {
            const [progress, current] = await Promise.all([
                ctx.api.get(`/api/plans/${plan.id}/progress`),
                running(plan) ? ctx.api.get(`/api/plans/${plan.id}`) : Promise.resolve(plan),
            ]);
            if (stopped || !panel.isConnected) return;
            const series = progressSeries(progress);
            const { points, last } = progressPoints(series, 480, 120);
            line.setAttribute("points", points);
            const end = points.split(" ").pop().split(",");
            if (end.length === 2) { mark.setAttribute("cx", end[0]); mark.setAttribute("cy", end[1]); }
            chart.dataset.points = String(series.length);
            caption.textContent = last
                ? `${series.length} improvements; best ${last.hard}hard/${last.medium}medium/${last.soft}soft`
                  + ` at ${when(last.at)} (${(last.elapsedMs / 1000).toFixed(1)} s)${running(current) ? "; solving…" : ""}`
                : running(current) ? "Solving: no score yet." : "No score recorded.";
            if (running(current)) {
                const summary = document.getElementById("plan-score");
                if (summary && current.score) summary.textContent = score(current.score);
                timer = setTimeout(tick, POLL_MS);
            } else if (running(plan)) {
                await ctx.refreshPlans();
                ctx.navigate("#/overview");
            }
        } catch (e) {
            if (!stopped) ctx.fail(e);
        }
    };
    tick();
}

/** Before plans exist: the live shipments by status, read from the totals of the shipment list. */
async function liveCounts(ctx, el) {
    const statuses = parameterEnum(ctx.features.openapi, ENDPOINTS.shipments, "status")
        || ["SUBMITTED", "PLANNED", "IN_TRANSIT", "DELIVERED", "CANCELLED"];
    const [nodes, lanes, ...totals] = await Promise.all([
        ctx.api.get("/api/nodes"), ctx.api.get("/api/lanes"),
        ...statuses.map((st) => ctx.api.get(`/api/shipments?status=${st}&size=1&count=true`).then((r) => r.total)),
    ]);
    const tile = (label, value) => h("div", { class: "tile" }, h("b", null, value), h("span", null, label));
    el.append(h("section", { class: "panel", id: "live-counts" }, h("h2", null, "Live network and shipments"),
        h("div", { class: "tiles" }, tile("nodes", num(nodes.length)), tile("lanes", num(lanes.length)),
            statuses.map((st, i) => tile(st.toLowerCase().replace("_", " "), num(totals[i]))))));
}

// Disruptions and what-ifs: close a node or a crossing for some days (a live change, after a confirmation, with an
// optional replan), or try the same closure as a what-if on a copy, solve it, and compare.
import { h, table, missingNote } from "../dom.js";
import { idFromLocation } from "../api.js";
import { num, when, pct, score, seconds } from "../lib/format.js";
import { planLocation, planTiles, running } from "../lib/plans.js";

const POLL_MS = 1000;

export async function render(ctx, el) {
    const f = ctx.features;
    const [disruptions, nodes, lanes] = await Promise.all([
        ctx.api.get("/api/disruptions"), ctx.api.get("/api/nodes"), ctx.api.get("/api/lanes"),
    ]);
    const nodeName = new Map(nodes.map((n) => [n.code, n.name]));

    el.append(h("section", { class: "panel" }, h("h2", null, "Disruptions"), disruptions.length ? table([
        ["id", (d) => d.id], ["what", (d) => d.node ? `node ${d.node} ${nodeName.get(d.node) ?? ""}` : `lane ${d.lane}`],
        ["from", (d) => when(d.from)], ["to", (d) => when(d.to)],
        ["capacity", (d) => (d.capacityFactor === 0 ? "closed" : pct(d.capacityFactor, 1))],
        ["reason", (d) => d.reason ?? ""],
    ], disruptions, (d) => ({ "data-disruption": d.id })) : h("p", { class: "note" }, "None.")));

    // The form: one node or one lane, a period, a capacity factor (0 closes).
    const kind = h("select", { id: "d-kind" }, h("option", { value: "node" }, "node"), h("option", { value: "lane" }, "lane"));
    const target = h("select", { id: "d-target" });
    const fillTargets = () => target.replaceChildren(...(kind.value === "node"
        ? [...nodes].sort((a, b) => (b.kind === "BORDER_CROSSING") - (a.kind === "BORDER_CROSSING")
            || a.code.localeCompare(b.code)).map((n) => h("option", { value: n.code }, `${n.code} ${n.name} (${n.kind})`))
        : lanes.map((l) => h("option", { value: l.code }, l.code))));
    kind.addEventListener("change", fillTargets);
    fillTargets();
    const start = ctx.plan()?.now ? new Date(ctx.plan().now) : new Date(disruptions[0]?.from || Date.now());
    const from = h("input", { id: "d-from", type: "date", value: start.toISOString().slice(0, 10) });
    const days = h("input", { id: "d-days", type: "number", min: 1, max: 365, value: 5, size: 4 });
    const factor = h("input", { id: "d-factor", type: "number", min: 0, max: 1, step: 0.1, value: 0, size: 4 });
    const reason = h("input", { id: "d-reason", placeholder: "reason", size: 30, value: "" });
    const replan = h("input", { id: "d-replan", type: "checkbox", disabled: !f.has("replan") });
    const whatIfName = h("input", { id: "w-name", placeholder: "what-if name", size: 20 });
    const whatIfLimit = h("input", { id: "w-limit", type: "number", min: 1, max: 3600, value: 10, size: 4,
        "aria-label": "What-if time limit in seconds" });
    const period = () => {
        const t0 = Date.parse(from.value);
        if (Number.isNaN(t0)) throw new Error("Pick the first day of the disruption.");
        const n = Number(days.value);
        if (!(n >= 1)) throw new Error("The disruption lasts at least one day.");
        return { from: new Date(t0).toISOString(), to: new Date(t0 + n * 86400000).toISOString() };
    };
    const addButton = h("button", { id: "d-add", class: "primary" }, "Add disruption");
    const whatIfButton = h("button", { id: "w-run", disabled: !f.has("addWhatIf", "solveWhatIf") }, "Run as what-if");
    const result = h("div", { id: "d-result" });
    el.append(h("section", { class: "panel" }, h("h2", null, "Close a node or a crossing"),
        h("div", { class: "toolbar" }, kind, target),
        h("div", { class: "toolbar" }, h("label", { class: "inline" }, "from", from),
            h("label", { class: "inline" }, "days", days), h("label", { class: "inline" }, "capacity factor", factor),
            reason),
        h("div", { class: "toolbar" }, h("label", { class: "inline" }, replan, "replan at once"), addButton),
        f.has("replan") ? null : missingNote("Replanning with the disruption", f.missing("replan")),
        h("div", { class: "toolbar" }, whatIfName, h("label", { class: "inline" }, "time limit (s)", whatIfLimit),
            whatIfButton),
        f.has("addWhatIf", "solveWhatIf") ? null : missingNote("What-ifs", f.missing("addWhatIf", "solveWhatIf")),
        result));

    addButton.addEventListener("click", () => guard(addButton, async () => {
        const p = period();
        const body = { [kind.value]: target.value, ...p, capacityFactor: Number(factor.value),
            reason: reason.value || null };
        const what = `${kind.value} ${target.value} from ${when(p.from)} to ${when(p.to)}`;
        if (!(await ctx.confirm(`Add a disruption of the live network: ${what}`
            + `${body.capacityFactor === 0 ? " (closed)" : ""}?${replan.checked ? " A replan starts at once." : ""}`))) {
            return;
        }
        let r;
        try {
            r = await ctx.api.post(`/api/disruptions${replan.checked ? "?replan=true" : ""}`, body);
        } catch (e) {
            // 409 with replan=true: the disruption is stored, the replan did not start (the problem says why).
            if (replan.checked && e.status === 409) {
                ctx.navigate("#/disruptions");
                ctx.fail(e);
                return;
            }
            throw e;
        }
        const planLink = planLocation(r.header);
        ctx.notify(`Disruption ${r.data.id} added: ${what}.${planLink ? " A replan is running." : ""}`);
        if (planLink) {
            ctx.state.planId = idFromLocation(planLink);
            await ctx.refreshPlans();
            ctx.navigate("#/overview");
        } else {
            ctx.navigate("#/disruptions");
        }
    }));

    whatIfButton.addEventListener("click", () => guard(whatIfButton, async () => {
        const p = period();
        const name = whatIfName.value.trim() || `close ${target.value} ${p.from.slice(0, 10)}`;
        const closure = { [kind.value]: target.value, ...p, capacityFactor: Number(factor.value),
            reason: reason.value || null };
        const created = await ctx.api.post("/api/what-ifs", { name, description: `${kind.value} ${target.value}`
            + ` at ${pct(closure.capacityFactor, 1)} from ${when(p.from)} to ${when(p.to)}`,
        changes: { closures: [closure] } });
        const whatIfId = idFromLocation(created.location) ?? created.data?.id;
        await solveWhatIf(whatIfId, name);
    }));

    /** Solves a what-if, waits for its plan, and offers to compare it with the published plan. */
    async function solveWhatIf(whatIfId, name) {
        const solved = await ctx.api.post(`/api/what-ifs/${whatIfId}/solve`, { timeLimit: seconds(whatIfLimit.value) });
        const planId = idFromLocation(solved.location) ?? solved.data?.id;
        result.replaceChildren(h("p", { id: "w-status", "data-status": "SOLVING" },
            `What-if ${name}: solving plan ${planId}…`));
        const plan = await waitFor(ctx, planId, (pl) => {
            result.firstChild.textContent = `What-if ${name}: ${pl.status} ${score(pl.score)}`;
        }, () => result.isConnected);
        if (!plan) return;
        await ctx.refreshPlans();
        const against = ctx.published()?.id;
        const k = planTiles(plan.kpis);
        result.replaceChildren(h("p", { id: "w-status", "data-status": plan.status, "data-plan": plan.id },
            `What-if ${name}: ${plan.status} ${score(plan.score)}; planned ${num(k.planned)}, late ${num(k.late)},`
            + ` unplanned ${num(k.unplanned)}. `,
            plan.failureReason ? `${plan.failureReason}. ` : "",
            against && f.has("diff") && plan.status === "READY"
                ? h("a", { id: "w-compare", href: `#/compare?a=${planId}&b=${against}` },
                    "Compare with the published plan")
                : h("span", { class: "note" }, "No published plan to compare with.")));
    }

    if (f.has("whatIfs")) {
        try {
            const list = await ctx.api.get("/api/what-ifs?size=100");
            const items = Array.isArray(list) ? list : list.items || [];
            const published = ctx.published()?.id;
            el.append(h("section", { class: "panel", id: "what-ifs" }, h("h2", null, "What-ifs"), items.length ? table([
                ["name", (w) => w.name], ["changes", (w) => w.description ?? ""],
                ["shipments", (w) => num(w.counts?.shipments), "n"],
                ["plan", (w) => w.latestPlanId ?? "–"],
                ["status", (w) => (w.latestPlanStatus ? h("span", { class: `status ${w.latestPlanStatus}` },
                    w.latestPlanStatus) : "–")],
                ["made", (w) => when(w.createdAt)],
                ["", (w) => [
                    h("button", { class: "small", "data-solve": w.id, disabled: running({ status: w.latestPlanStatus })
                        || !f.has("solveWhatIf"),
                    onclick: (e) => guard(e.target, () => solveWhatIf(w.id, w.name)) }, "Solve"),
                    w.latestPlanId && w.latestPlanStatus === "READY" && published && f.has("diff")
                        ? h("a", { href: `#/compare?a=${w.latestPlanId}&b=${published}` }, " compare") : null,
                ]],
            ], items, (w) => ({ "data-what-if": w.id })) : h("p", { class: "note" }, "None yet.")));
        } catch (e) { ctx.fail(e); }
    }

    async function guard(button, action) {
        button.disabled = true;
        try { await action(); } catch (e) { ctx.fail(e); } finally { button.disabled = false; }
    }
}

/** Polls a plan until it has stopped solving (null when `alive()` says the view is gone). */
async function waitFor(ctx, planId, onUpdate, alive) {
    for (;;) {
        const plan = await ctx.api.get(`/api/plans/${planId}`);
        if (!alive()) return null;
        onUpdate(plan);
        if (!running(plan)) return plan;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}

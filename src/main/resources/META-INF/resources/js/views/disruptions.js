// Disruptions and what-ifs: close a node or a crossing for some days (a live change, after a confirmation, with an
// optional replan), or try the same closure as a what-if on a copy, solve it, and compare.
import { h, table, missingNote } from "../dom.js";
import { idFromLocation } from "../api.js";
import { num, when, pct, score, seconds } from "../lib/format.js";

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
        h("div", { class: "toolbar" }, whatIfName, whatIfButton),
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
        const r = await ctx.api.post(`/api/disruptions${replan.checked ? "?replan=true" : ""}`, body);
        ctx.notify(`Disruption ${r.data.id} added: ${what}.`);
        const planLink = replanLocation(r);
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
        const created = await ctx.api.post("/api/what-ifs", { name,
            changes: { closures: [{ [kind.value]: target.value, ...p }] } });
        const whatIfId = idFromLocation(created.location) ?? created.data?.id;
        const solved = await ctx.api.post(`/api/what-ifs/${whatIfId}/solve`, { timeLimit: seconds(10) });
        const planId = idFromLocation(solved.location) ?? solved.data?.id;
        result.replaceChildren(h("p", { id: "w-status" }, `What-if ${name}: solving plan ${planId}…`));
        const plan = await waitFor(ctx, planId, (pl) => {
            result.firstChild.textContent = `What-if ${name}: ${pl.status} ${score(pl.score)}`;
        });
        await ctx.refreshPlans();
        const against = ctx.published()?.id;
        result.replaceChildren(h("p", { id: "w-status", "data-status": plan.status },
            `What-if ${name}: ${plan.status} ${score(plan.score)}; planned ${num(plan.kpis?.planned)},`
            + ` unplanned ${num(plan.kpis?.unplanned)}. `,
            against && f.has("diff") ? h("a", { id: "w-compare", href: `#/compare?a=${planId}&b=${against}` },
                "Compare with the published plan") : h("span", { class: "note" }, "No published plan to compare with.")));
    }));

    if (f.has("whatIfs")) {
        try {
            const list = await ctx.api.get("/api/what-ifs");
            const items = Array.isArray(list) ? list : list.items || [];
            el.append(h("section", { class: "panel" }, h("h2", null, "What-ifs"), items.length ? table([
                ["name", (w) => w.name], ["plan", (w) => w.planId ?? w.latestPlanId ?? "–"],
                ["status", (w) => w.status ?? w.planStatus ?? "–"], ["made", (w) => when(w.createdAt)],
            ], items) : h("p", { class: "note" }, "None yet.")));
        } catch (e) { ctx.fail(e); }
    }

    async function guard(button, action) {
        button.disabled = true;
        try { await action(); } catch (e) { ctx.fail(e); } finally { button.disabled = false; }
    }
}

/** The replan plan a disruption answer names: its Link header (rel plan or replan) or a second Location. */
function replanLocation(r) {
    const link = r.link && r.link.match(/<([^>]*\/api\/plans\/[^>]+)>/);
    if (link) return link[1];
    return r.location && r.location.includes("/api/plans/") ? r.location : null;
}

/** Polls a plan until it has stopped solving. */
async function waitFor(ctx, planId, onUpdate) {
    for (;;) {
        const plan = await ctx.api.get(`/api/plans/${planId}`);
        onUpdate(plan);
        if (plan.status !== "SOLVING" && plan.status !== "DRAFT") return plan;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}

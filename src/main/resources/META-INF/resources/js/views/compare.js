// Compare: two plan versions side by side (scores, KPIs) and the shipments that moved between them.
import { h, put, table } from "../dom.js";
import { num, usd, when, score } from "../lib/format.js";
import { reviewable, planTiles } from "../lib/plans.js";

const SHOWN = 200;

export async function render(ctx, el, params) {
    const plans = (await ctx.refreshPlans()).filter(reviewable);
    const current = ctx.plan();
    const known = (id) => id != null && plans.some((p) => String(p.id) === String(id));
    const a = params.get("a") || (known(current?.id) ? current.id : plans[0]?.id);
    const b = params.get("b") || (ctx.published() && String(ctx.published().id) !== String(a) ? ctx.published().id
        : current?.parentId || plans.find((p) => String(p.id) !== String(a))?.id);
    const pick = (id, value) => h("select", { id }, plans.map((p) =>
        h("option", { value: p.id, selected: String(p.id) === String(value) },
            `v${p.version ?? "?"} ${p.kind ?? ""} ${p.status}`)));
    const selA = pick("compare-a", a);
    const selB = pick("compare-b", b);
    const go = () => ctx.navigate(`#/compare?a=${selA.value}&b=${selB.value}`);
    selA.addEventListener("change", go);
    selB.addEventListener("change", go);
    el.append(h("section", { class: "panel" }, h("h2", null, "Compare plans"),
        h("div", { class: "toolbar" }, "Plan", selA, "against", selB)));
    if (!a || !b || String(a) === String(b) || !known(a) || !known(b)) {
        el.append(h("p", { class: "note", id: "compare-pick" }, plans.length < 2
            ? "Two solved plans are needed to compare." : "Pick two different solved plans."));
        return;
    }
    const [pa, pb, diff] = await Promise.all([
        ctx.api.get(`/api/plans/${a}`), ctx.api.get(`/api/plans/${b}`),
        ctx.api.get(`/api/plans/${a}/diff?against=${encodeURIComponent(b)}`),
    ]);
    const kpi = (name, fmt = num) => [name, (p) => fmt(planTiles(p.kpis)[name])];
    const rows = [
        ["plan", (p) => `v${p.version} ${p.kind ?? ""}`], ["status", (p) => p.status], ["score", (p) => score(p.score)],
        kpi("shipments"), kpi("planned"), kpi("onTime"), kpi("late"), kpi("unplanned"), kpi("cost", usd),
        ["busiest node day", (p) => planTiles(p.kpis).busiest ?? "–"],
        ["made", (p) => when(p.createdAt)],
    ];
    el.append(h("section", { class: "panel", id: "compare-side" }, h("h2", null, "Side by side"),
        h("table", { class: "grid" }, h("thead", null, h("tr", null, h("th"), h("th", null, `v${pb.version} (before)`),
            h("th", null, `v${pa.version} (after)`))),
        h("tbody", null, rows.map(([name, f]) => h("tr", null, h("th", null, name), h("td", null, f(pb)),
            h("td", null, f(pa))))))));
    const delta = (level) => {
        const d = diff.score?.[level];
        if (!d) return "–";
        const cls = d.delta > 0 ? "better" : d.delta < 0 ? "worse" : "";
        return h("span", { class: `delta ${cls}` }, `${d.before} → ${d.after} (${d.delta > 0 ? "+" : ""}${d.delta})`);
    };
    const moved = diff.moved || [];
    const list = h("div", { id: "moved" });
    const show = (n) => put(list, table([
        ["shipment", (m) => (m.shipmentId != null ? h("a", { href: `#/shipments?shipment=${m.shipmentId}` }, m.shipment)
            : m.shipment)], ["change", (m) => h("span", { class: `status ${m.change}` }, m.change)],
        ["before", (m) => route(m.before)], ["after", (m) => route(m.after)],
    ], moved.slice(0, n), (m) => ({ "data-change": m.change })), moved.length > n
        ? h("button", { onclick: () => show(n + SHOWN) }, `Show ${Math.min(SHOWN, moved.length - n)} more`) : null);
    show(SHOWN);
    const counts = {};
    for (const m of moved) counts[m.change] = (counts[m.change] || 0) + 1;
    el.append(h("section", { class: "panel", id: "compare-diff" }, h("h2", null, "What changed"),
        h("p", null, "hard ", delta("hard"), "; medium ", delta("medium"), "; soft ", delta("soft")),
        h("p", { id: "moved-count", "data-moved": moved.length },
            `${num(moved.length)} shipments moved, ${num(diff.unchanged)} unchanged`
            + (moved.length ? ` (${Object.entries(counts).map(([k, v]) => `${num(v)} ${k.toLowerCase().replace("_", " ")}`)
                .join(", ")}).` : ".")),
        list));
}

function route(side) {
    if (!side) return "–";
    const lanes = (side.legs || []).map((l) => l.lane).join(" → ");
    return `${side.status ?? ""} ${lanes || "no legs"}${side.eta ? `, ETA ${when(side.eta)}` : ""}`;
}

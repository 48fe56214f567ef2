// Shipments: the plan's assignments (or, before plans exist, the live shipments) with filters, search and
// server-side paging; for one shipment its legs, ETA, lateness, cost and the plain-words explanation.
import { h, table, missingNote } from "../dom.js";
import { parameterEnum, ENDPOINTS } from "../features.js";
import { num, dec, usd, when } from "../lib/format.js";

const SIZE = 50;

export async function render(ctx, el, params) {
    const f = ctx.features;
    const plan = ctx.plan();
    const usePlan = Boolean(plan) && f.has("assignments");
    const statuses = (usePlan ? parameterEnum(f.openapi, ENDPOINTS.assignments, "status")
        : parameterEnum(f.openapi, ENDPOINTS.shipments, "status"))
        || (usePlan ? ["ON_TIME", "LATE", "UNPLANNED", "PINNED"] : ["SUBMITTED", "PLANNED", "IN_TRANSIT", "DELIVERED"]);
    const state = { page: Number(params.get("page") || 0), nation: params.get("nation") || "",
        status: params.get("status") || "", late: false, search: "" };

    const nation = h("input", { id: "filter-nation", placeholder: "nation (GB)", size: 6, value: state.nation,
        maxlength: 2 });
    const status = h("select", { id: "filter-status" }, h("option", { value: "" }, "any status"),
        statuses.map((v) => h("option", { value: v, selected: v === state.status }, v)));
    const late = h("input", { id: "filter-late", type: "checkbox" });
    const search = h("input", { id: "search", type: "search", placeholder: "reference or id", size: 16 });
    const prev = h("button", { id: "page-prev" }, "◀");
    const next = h("button", { id: "page-next" }, "▶");
    const pageInfo = h("span", { class: "note", id: "page-info" });
    const listBox = h("div", { id: "shipment-list" });
    const detail = h("section", { class: "panel", id: "shipment-detail" }, h("h2", null, "Shipment"),
        h("p", { class: "note" }, "Click a row."));

    el.append(h("div", { class: "columns" },
        h("section", { class: "panel" }, h("h2", null, usePlan ? `Shipments in plan v${plan.version}`
            : "Live shipments"),
        !usePlan ? (plan ? missingNote("The plan's assignments", f.missing("assignments"))
            : h("p", { class: "note" }, "No plan selected: the live shipments and their published legs.")) : null,
        h("div", { class: "toolbar" }, nation, status,
            usePlan ? h("label", { class: "inline" }, late, "late or unplanned") : null,
            search, prev, pageInfo, next), listBox),
        detail));

    const reload = () => { state.page = 0; load(); };
    nation.addEventListener("change", () => { state.nation = nation.value.trim().toUpperCase(); reload(); });
    status.addEventListener("change", () => { state.status = status.value; reload(); });
    late.addEventListener("change", () => { state.late = late.checked; reload(); });
    search.addEventListener("input", () => { state.search = search.value.trim().toUpperCase(); showRows(); });
    search.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && /^\d+$/.test(search.value.trim()) && !usePlan) open({ id: search.value.trim() });
    });
    prev.addEventListener("click", () => { if (state.page > 0) { state.page--; load(); } });
    next.addEventListener("click", () => { state.page++; load(); });

    let items = [];
    let hasNext = false;
    async function load() {
        const q = new URLSearchParams({ page: state.page, size: SIZE });
        if (state.nation) q.set("nation", state.nation);
        if (state.status) q.set("status", state.status);
        try {
            // "late or unplanned" without a status asks the server for LATE, then UNPLANNED, when it knows both.
            if (usePlan && state.late && !state.status && statuses.includes("LATE") && statuses.includes("UNPLANNED")) {
                const [a, b] = await Promise.all(["LATE", "UNPLANNED"].map((st) => {
                    const qq = new URLSearchParams(q);
                    qq.set("status", st);
                    return ctx.api.get(`/api/plans/${plan.id}/assignments?${qq}`);
                }));
                items = [...(a.items || []), ...(b.items || [])];
                hasNext = a.next != null || b.next != null;
            } else {
                const r = await ctx.api.get(usePlan ? `/api/plans/${plan.id}/assignments?${q}` : `/api/shipments?${q}`);
                items = r.items || [];
                hasNext = usePlan ? r.next != null : (state.page + 1) * SIZE < r.total;
                pageInfo.dataset.total = r.total ?? "";
            }
            if (usePlan && state.late) items = items.filter(isTrouble);
        } catch (e) {
            items = [];
            ctx.fail(e);
        }
        prev.disabled = state.page === 0;
        next.disabled = !hasNext;
        pageInfo.textContent = `page ${state.page + 1}`;
        showRows();
    }

    function showRows() {
        const shown = state.search ? items.filter((i) =>
            `${i.reference} ${i.shipmentId ?? i.id}`.toUpperCase().includes(state.search)) : items;
        const columns = usePlan ? [
            ["reference", (a) => a.reference], ["nation", (a) => a.nation], ["cargo", (a) => a.cargoClass],
            ["TEU", (a) => num(a.teu), "n"], ["status", (a) => h("span", { class: `status ${a.status}` }, a.status)],
            ["ETA", (a) => when(a.eta)], ["due", (a) => when(a.dueAt)],
            ["late h", (a) => dec(a.latenessHours), "n"], ["cost", (a) => usd(a.cost), "n"],
        ] : [
            ["id", (x) => x.id], ["reference", (x) => x.reference], ["nation", (x) => x.nation],
            ["route", (x) => `${x.origin} → ${x.destination}`], ["TEU", (x) => num(x.teu), "n"],
            ["status", (x) => h("span", { class: `status ${x.status}` }, x.status)], ["due", (x) => when(x.dueAt)],
        ];
        listBox.replaceChildren(shown.length ? table(columns, shown, (x) => ({
            class: "clickable", "data-shipment": x.shipmentId ?? x.id, "data-status": x.status,
            "data-late": String(isTrouble(x)), onclick: () => open(x),
        })) : h("p", { class: "note" }, "No shipments match."));
        listBox.dataset.rows = String(shown.length);
    }

    async function open(row) {
        for (const tr of listBox.querySelectorAll("tr.selected")) tr.classList.remove("selected");
        listBox.querySelector(`tr[data-shipment="${CSS.escape(String(row.shipmentId ?? row.id))}"]`)
            ?.classList.add("selected");
        if (usePlan) {
            ctx.state.selectedShipment = row;
            showAssignment(ctx, plan, detail, row);
        } else {
            try {
                showLive(ctx, detail, await ctx.api.get(`/api/shipments/${encodeURIComponent(row.id)}`));
            } catch (e) { ctx.fail(e); }
        }
    }

    await load();
    const first = params.get("shipment");
    if (first) {
        const row = items.find((i) => String(i.shipmentId ?? i.id) === first);
        await open(row || (usePlan ? { shipmentId: first, legs: [] } : { id: first }));
    }
}

const isTrouble = (a) => a.status === "UNPLANNED" || a.status === "LATE" || (a.latenessHours ?? 0) > 0;

function legTable(legs) {
    return table([
        ["lane", (l) => l.lane], ["departure", (l) => when(l.departure)], ["arrival", (l) => when(l.arrival)],
        ["", (l) => (l.pinned ? "pinned" : "")],
    ], legs || []);
}

async function showAssignment(ctx, plan, panel, a) {
    panel.replaceChildren(h("h2", null, `${a.reference ?? a.shipmentId} (${a.nation ?? ""})`),
        h("p", null, h("span", { class: `status ${a.status}` }, a.status),
            ` ${a.cargoClass ?? ""} ${num(a.teu)} TEU, ${dec(a.tonnes)} t, priority ${a.priority ?? "–"}`),
        h("p", { id: "shipment-eta" }, `ETA ${when(a.eta)} UTC, due ${when(a.dueAt)} UTC`,
            (a.latenessHours ?? 0) > 0 ? `, ${dec(a.latenessHours)} h late` : "", `; cost ${usd(a.cost)}`),
        h("h3", null, "Legs"), legTable(a.legs),
        h("p", null, h("a", { href: `#/schedule?shipment=${encodeURIComponent(a.shipmentId)}`, id: "show-on-schedule" },
            "Show on the schedule")));
    const box = h("div", { id: "explanation" }, h("h3", null, "Why"));
    panel.append(box);
    if (!ctx.features.has("explanation")) {
        box.append(missingNote("The explanation", ctx.features.missing("explanation")));
        return;
    }
    try {
        const x = await ctx.api.get(`/api/plans/${plan.id}/shipments/${encodeURIComponent(a.shipmentId)}/explanation`);
        box.append(h("p", { id: "explanation-summary" }, x.summary),
            h("ul", null, (x.reasons || []).map((r) => h("li", { "data-kind": r.kind }, r.text))),
            (x.routes || []).length ? table([
                ["route", (r) => (r.lanes || []).join(" → ")],
                ["verdict", (r) => h("span", { class: `verdict ${r.verdict}` }, r.verdict)],
                ["why", (r) => r.reason ?? ""],
            ], x.routes) : null);
        box.dataset.loaded = "true";
    } catch (e) { ctx.fail(e); }
}

function showLive(ctx, panel, x) {
    panel.replaceChildren(h("h2", null, `${x.reference} (${x.nation})`),
        h("p", null, h("span", { class: `status ${x.status}` }, x.status),
            ` ${x.origin} → ${x.destination}, ${x.cargoClass} ${num(x.teu)} TEU, ${dec(x.weightTons)} t,`
            + ` priority ${x.priority}`),
        h("p", { id: "shipment-eta" }, `available ${when(x.availableAt)}, due ${when(x.dueAt)}, ETA ${when(x.eta)} UTC`),
        h("h3", null, "Legs"), legTable(x.legs?.length ? x.legs : x.pinnedLegs),
        h("p", null, h("a", { href: `#/schedule?shipment=${encodeURIComponent(x.id)}`, id: "show-on-schedule" },
            "Show on the schedule")));
}

// Shipments: the plan's assignments (or, before plans exist, the live shipments) with filters, search and
// server-side paging; for one shipment its legs, ETA, lateness, cost and the plain-words explanation.
import { h, table, missingNote } from "../dom.js";
import { parameterEnum, ENDPOINTS } from "../features.js";
import { num, dec, usd, when } from "../lib/format.js";
import { reviewable, assignmentStatus, isTrouble, ASSIGNMENT_STATUSES } from "../lib/plans.js";

const SIZE = 50;
const SCAN = 500;

export async function render(ctx, el, params) {
    const f = ctx.features;
    const plan = ctx.plan();
    const usePlan = reviewable(plan) && f.has("assignments");
    const statuses = usePlan ? ASSIGNMENT_STATUSES
        : parameterEnum(f.openapi, ENDPOINTS.shipments, "status") || ["SUBMITTED", "PLANNED", "IN_TRANSIT", "DELIVERED"];
    const state = { page: Number(params.get("page") || 0), nation: params.get("nation") || "",
        status: params.get("status") || "", late: params.get("late") === "true", search: "" };

    const nation = h("input", { id: "filter-nation", placeholder: "nation (GB)", size: 6, value: state.nation,
        maxlength: 2 });
    const status = h("select", { id: "filter-status" }, h("option", { value: "" }, "any status"),
        statuses.map((v) => h("option", { value: v, selected: v === state.status }, v)));
    const late = h("input", { id: "filter-late", type: "checkbox", checked: state.late });
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
        !usePlan ? (plan && !f.has("assignments") ? missingNote("The plan's assignments", f.missing("assignments"))
            : h("p", { class: "note" }, plan ? `Plan v${plan.version} is ${plan.status}: the live shipments and their`
                + " published legs until it is solved." : "No plan selected: the live shipments and their published legs."))
            : null,
        h("div", { class: "toolbar" }, nation, status,
            usePlan ? h("label", { class: "inline" }, late, "late or unplanned") : null,
            search, prev, pageInfo, next), listBox),
        detail));

    const reload = () => { state.page = 0; scan = null; load(); };
    nation.addEventListener("change", () => { state.nation = nation.value.trim().toUpperCase(); reload(); });
    status.addEventListener("change", () => { state.status = status.value; reload(); });
    late.addEventListener("change", () => { state.late = late.checked; reload(); });
    search.addEventListener("input", () => { state.search = search.value.trim().toUpperCase(); showRows(); });
    search.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && /^\d+$/.test(search.value.trim())) {
            open(usePlan ? { shipmentId: search.value.trim(), legs: [] } : { id: search.value.trim() });
        }
    });
    prev.addEventListener("click", () => { if (state.page > 0) { state.page--; load(); } });
    next.addEventListener("click", () => { state.page++; load(); });

    // The service pages the assignments (by nation only); a status filter reads its pages in turn, as far as the
    // page asked for needs, and keeps what matched for the next pages.
    let scan = null;
    const wanted = (a) => (!state.status || assignmentStatus(a) === state.status) && (!state.late || isTrouble(a));
    async function scanTo(count) {
        if (!scan) scan = { matched: [], page: 0, done: false, total: null };
        const q = new URLSearchParams({ size: SCAN });
        if (state.nation) q.set("nation", state.nation);
        while (!scan.done && scan.matched.length < count) {
            q.set("page", scan.page);
            const r = await ctx.api.get(`/api/plans/${plan.id}/assignments?${q}`);
            scan.total = r.total;
            scan.matched.push(...(r.items || []).filter(wanted));
            scan.page++;
            scan.done = (r.items || []).length === 0 || scan.page * SCAN >= r.total;
            if (!el.isConnected) return;
        }
    }

    let items = [];
    let hasNext = false;
    async function load() {
        const q = new URLSearchParams({ page: state.page, size: SIZE });
        if (state.nation) q.set("nation", state.nation);
        if (state.status && !usePlan) q.set("status", state.status);
        listBox.dataset.loaded = "false";
        try {
            if (usePlan && (state.status || state.late)) {
                await scanTo((state.page + 1) * SIZE + 1);
                items = scan.matched.slice(state.page * SIZE, (state.page + 1) * SIZE);
                hasNext = scan.matched.length > (state.page + 1) * SIZE;
                pageInfo.dataset.total = scan.done ? String(scan.matched.length) : "";
            } else {
                const r = await ctx.api.get(usePlan ? `/api/plans/${plan.id}/assignments?${q}` : `/api/shipments?${q}&count=true`);
                items = r.items || [];
                hasNext = (state.page + 1) * SIZE < r.total;
                pageInfo.dataset.total = r.total ?? "";
            }
        } catch (e) {
            items = [];
            ctx.fail(e);
        }
        prev.disabled = state.page === 0;
        next.disabled = !hasNext;
        const total = pageInfo.dataset.total;
        pageInfo.textContent = `page ${state.page + 1}${total ? ` of ${Math.max(1, Math.ceil(Number(total) / SIZE))}`
            + ` (${num(Number(total))} shipments)` : ""}`;
        showRows();
        listBox.dataset.loaded = "true";
    }

    function showRows() {
        const shown = state.search ? items.filter((i) =>
            `${i.shipment ?? i.reference} ${i.shipmentId ?? i.id}`.toUpperCase().includes(state.search)) : items;
        const columns = usePlan ? [
            ["id", (a) => a.shipmentId], ["shipment", (a) => a.shipment], ["nation", (a) => a.nation],
            ["status", (a) => h("span", { class: `status ${assignmentStatus(a)}` }, assignmentStatus(a))],
            ["legs", (a) => num((a.legs || []).length), "n"], ["ETA", (a) => when(a.eta)],
            ["late h", (a) => (a.delivered ? num(a.lateHours) : "–"), "n"],
            ["weighted lateness", (a) => num(a.weightedLateness), "n"], ["cost", (a) => usd(a.costUsd), "n"],
        ] : [
            ["id", (x) => x.id], ["reference", (x) => x.reference], ["nation", (x) => x.nation],
            ["route", (x) => `${x.origin} → ${x.destination}`], ["TEU", (x) => num(x.teu), "n"],
            ["status", (x) => h("span", { class: `status ${x.status}` }, x.status)], ["due", (x) => when(x.dueAt)],
        ];
        listBox.replaceChildren(shown.length ? table(columns, shown, (x) => ({
            class: "clickable", "data-shipment": x.shipmentId ?? x.id,
            "data-status": usePlan ? assignmentStatus(x) : x.status,
            "data-late": String(usePlan && isTrouble(x)), onclick: () => open(x),
        })) : h("p", { class: "note" }, "No shipments match."));
        listBox.dataset.rows = String(shown.length);
    }

    async function open(row) {
        for (const tr of listBox.querySelectorAll("tr.selected")) tr.classList.remove("selected");
        listBox.querySelector(`tr[data-shipment="${CSS.escape(String(row.shipmentId ?? row.id))}"]`)
            ?.classList.add("selected");
        if (usePlan) {
            ctx.state.selectedShipment = { ...row, planId: plan.id };
            await showAssignment(ctx, plan, detail, row);
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

function legTable(legs) {
    return table([
        ["lane", (l) => l.lane], ["departure", (l) => when(l.departure)], ["arrival", (l) => when(l.arrival)],
        ["", (l) => (l.pinned ? "pinned" : "")],
    ], legs || []);
}

/** One assignment of the plan: its legs, ETA, lateness and cost, then why (the explanation, with its due date). */
async function showAssignment(ctx, plan, panel, a) {
    const head = h("h2", null, `${a.shipment ?? `shipment ${a.shipmentId}`} (${a.nation ?? ""})`);
    const facts = h("p", { id: "shipment-facts" });
    const eta = h("p", { id: "shipment-eta" });
    const legs = h("div", { id: "shipment-legs" });
    const showFacts = (x) => {
        const st = x.status ?? assignmentStatus(x);
        facts.replaceChildren(h("span", { class: `status ${st}` }, st),
            x.delivered === false ? " does not reach its destination" : "",
            x.weightedLateness != null ? `; weighted lateness ${num(x.weightedLateness)}` : "",
            x.costUsd != null ? `; cost ${usd(x.costUsd)}` : "");
        eta.textContent = `ETA ${when(x.eta)} UTC${x.dueAt ? `, due ${when(x.dueAt)} UTC` : ""}`
            + ((x.lateHours ?? 0) > 0 && x.delivered ? `, ${num(x.lateHours)} h late` : "");
        legs.replaceChildren(legTable(x.legs));
    };
    showFacts(a);
    panel.replaceChildren(head, facts, eta, h("h3", null, "Legs"), legs,
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
        if (!panel.isConnected) return;
        head.textContent = `${x.shipment} (${x.nation})`;
        showFacts({ ...a, ...x, status: x.status });
        const routes = x.routes || [];
        box.append(h("p", { id: "explanation-summary" }, x.summary),
            h("ul", { id: "explanation-reasons" }, (x.reasons || []).map((r) =>
                h("li", { "data-kind": r.kind }, h("b", null, r.kind.toLowerCase().replace(/_/g, " ")), `: ${r.text}`))),
            routes.length ? h("div", { id: "explanation-routes" },
                h("h3", null, `Routes (${num(routes.length)} of ${num(x.routesFound)})`), table([
                    ["route", (r) => r.path || (r.lanes || []).join(" → ")],
                    ["verdict", (r) => h("span", { class: `verdict ${r.verdict}` }, r.verdict)],
                    ["earliest", (r) => when(r.earliestEta)],
                    ["why", (r) => r.reason ?? ""],
                ], routes, (r) => ({ "data-verdict": r.verdict }))) : null);
        box.dataset.loaded = "true";
        box.dataset.status = x.status;
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

// Schedule: a Gantt of lane departures (rows = lanes, bars = departures, fill = TEU used against capacity) drawn on
// a canvas, only the rows on screen and only the days of the window; the manifests of a lane are read when its row
// first shows. Below it, each hub's throughput per day against its limit.
import { h, s, missingNote } from "../dom.js";
import { visibleRows, laneBars, barsInWindow, DAY, HOUR } from "../lib/gantt.js";
import { linear, loadColour, loadRatio, dayTicks, niceTicks } from "../lib/scales.js";
import { num, when } from "../lib/format.js";
import { referenceTime } from "./time.js";
import { reviewable } from "../lib/plans.js";

const ROW = 22;
const LABEL = 170;
const AXIS = 22;

export async function render(ctx, el, params) {
    const f = ctx.features;
    const plan = ctx.plan();
    const lanes = (await ctx.api.get("/api/lanes")).sort((a, b) => a.code.localeCompare(b.code));
    const nodes = f.has("nodes") ? await ctx.api.get("/api/nodes") : [];

    const start = params.get("from") ? Date.parse(params.get("from")) : await referenceTime(ctx, plan);
    const state = { from: Math.floor(start / DAY) * DAY, days: Number(params.get("days") || 7), filter: "",
        legs: [], shipment: params.get("shipment") || "" };
    const manifests = new Map(); // lane code -> manifests (or a promise while read)

    const fromInput = h("input", { id: "window-from", type: "date", value: iso(state.from).slice(0, 10) });
    const daysInput = h("select", { id: "window-days" }, [3, 7, 14, 30].map((d) =>
        h("option", { value: d, selected: d === state.days }, `${d} days`)));
    const filterInput = h("input", { id: "lane-filter", placeholder: "filter lanes (code, node, mode)", size: 22 });
    const shipmentInput = h("input", { id: "shipment-id", placeholder: "shipment id", size: 8, value: state.shipment });
    const legInfo = h("span", { class: "note", id: "legs-info" });
    const box = h("div", { class: "gantt", id: "gantt" });
    const spacer = h("div");
    const canvas = h("canvas", { id: "gantt-canvas" });
    box.append(canvas, spacer);
    const tip = h("p", { class: "note", id: "gantt-tip" }, "Hover a bar for its load.");

    el.append(h("section", { class: "panel" }, h("h2", null, plan ? `Departures of plan v${plan.version}`
        : "Departures (timetable only: no plan selected)"),
    h("div", { class: "toolbar" },
        h("button", { id: "window-prev", onclick: () => shift(-1) }, "◀"), fromInput, daysInput,
        h("button", { id: "window-next", onclick: () => shift(1) }, "▶"), filterInput,
        h("label", { class: "inline" }, "Highlight shipment", shipmentInput), legInfo),
    plan && !f.has("manifests") ? missingNote("The fill of the bars", f.missing("manifests")) : null,
    plan && !reviewable(plan) ? h("p", { class: "note" }, `Plan v${plan.version} is ${plan.status}: the bars fill`
        + " once it is solved.") : null,
    box, tip));
    const hubPanel = h("section", { class: "panel", id: "hubs" }, h("h2", null, "Hub throughput per day"));
    el.append(hubPanel);

    let rows = lanes;
    const ctx2d = canvas.getContext("2d");
    let frame = 0;
    const redraw = () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(draw); };
    ctx.onDispose(() => cancelAnimationFrame(frame));

    fromInput.addEventListener("change", () => { state.from = Date.parse(fromInput.value); redraw(); hubs(); });
    daysInput.addEventListener("change", () => { state.days = Number(daysInput.value); redraw(); hubs(); });
    filterInput.addEventListener("input", () => {
        const q = filterInput.value.trim().toUpperCase();
        rows = q ? lanes.filter((l) => `${l.code} ${l.from} ${l.to} ${l.mode}`.toUpperCase().includes(q)) : lanes;
        box.scrollTop = 0;
        redraw();
    });
    shipmentInput.addEventListener("change", () => highlight(shipmentInput.value.trim()));
    box.addEventListener("scroll", redraw);
    window.addEventListener("resize", redraw);
    ctx.onDispose(() => window.removeEventListener("resize", redraw));
    canvas.addEventListener("mousemove", (e) => hover(e));

    function shift(direction) {
        state.from += direction * state.days * DAY;
        fromInput.value = iso(state.from).slice(0, 10);
        redraw();
        hubs();
    }

    function manifestsOf(lane) {
        if (!reviewable(plan) || !f.has("manifests")) return [];
        const known = manifests.get(lane.code);
        if (Array.isArray(known)) return known;
        if (!known) {
            const all = [];
            manifests.set(lane.code, ctx.api.pages(`/api/plans/${plan.id}/manifests?lane=${encodeURIComponent(lane.code)}`,
                500, (items) => { all.push(...items); return el.isConnected; })
                .then(() => { manifests.set(lane.code, all); redraw(); })
                .catch((e) => { manifests.set(lane.code, []); ctx.fail(e); }));
        }
        return [];
    }

    let drawn = [];
    function draw() {
        const width = Math.max(400, box.clientWidth - 2);
        const height = box.clientHeight;
        const ratio = window.devicePixelRatio || 1;
        if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
            canvas.width = width * ratio;
            canvas.height = height * ratio;
            canvas.style.width = `${width}px`;
            canvas.style.height = `${height}px`;
        }
        spacer.style.height = `${Math.max(0, rows.length * ROW + AXIS - height)}px`;
        const g = ctx2d;
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.clearRect(0, 0, width, height);
        const to = state.from + state.days * DAY;
        const x = linear([state.from, to], [LABEL, width - 4]);
        const { first, last } = visibleRows(box.scrollTop, height - AXIS, ROW, rows.length, 0);
        g.font = "11px system-ui, sans-serif";
        g.textBaseline = "middle";
        // day grid and axis
        g.fillStyle = "#5f6b7a";
        for (const t of dayTicks(state.from, to)) {
            g.fillStyle = "#eef1f5";
            g.fillRect(x(t), AXIS, 1, height);
            g.fillStyle = "#5f6b7a";
            g.fillText(iso(t).slice(5, 10), x(t) + 2, AXIS / 2);
        }
        drawn = [];
        const legSet = new Set(state.legs.map((l) => `${l.lane}@${Date.parse(l.departure)}`));
        for (let i = first; i <= last; i++) {
            const lane = rows[i];
            const y = AXIS + (i - first) * ROW - (box.scrollTop % ROW);
            if (y + ROW < AXIS) continue;
            if (i % 2) { g.fillStyle = "#f8f9fb"; g.fillRect(0, y, width, ROW); }
            g.fillStyle = "#1d2530";
            g.fillText(`${lane.code}`, 4, y + ROW / 2, LABEL - 8);
            const bars = barsInWindow(laneBars(lane, manifestsOf(lane), state.from, to), state.from, to,
                lane.transitHours * HOUR);
            for (const b of bars) {
                const x0 = Math.max(LABEL, x(b.start));
                const x1 = Math.max(x0 + 2, Math.min(width - 4, x(b.end)));
                const r = loadRatio(b.teuUsed, b.teuCapacity);
                g.fillStyle = "#e3e8ee";
                g.fillRect(x0, y + 4, x1 - x0, ROW - 8);
                g.strokeStyle = "#b8c2cf";
                g.lineWidth = 1;
                g.strokeRect(x0 + 0.5, y + 4.5, x1 - x0 - 1, ROW - 9);
                if (b.planned) {
                    g.fillStyle = loadColour(r);
                    g.fillRect(x0, y + 4, (x1 - x0) * Math.min(1, r ?? 0), ROW - 8);
                }
                if (legSet.has(`${lane.code}@${b.start}`)) {
                    g.strokeStyle = "#1f5fa8";
                    g.lineWidth = 3;
                    g.strokeRect(x0 - 1, y + 2, x1 - x0 + 2, ROW - 4);
                }
                drawn.push({ ...b, x0, x1, y });
            }
        }
        // sticky axis band on top of the rows
        g.fillStyle = "rgba(255,255,255,.92)";
        g.fillRect(0, 0, LABEL, AXIS);
        g.fillStyle = "#5f6b7a";
        g.fillText(`${rows.length} lanes`, 4, AXIS / 2);
        canvas.dataset.rows = String(last - first + 1);
        canvas.dataset.bars = String(drawn.length);
        canvas.dataset.highlighted = String(drawn.filter((b) => legSet.has(`${b.lane}@${b.start}`)).length);
        canvas.dataset.filled = String(drawn.filter((b) => b.teuUsed > 0).length);
    }

    function hover(e) {
        const r = canvas.getBoundingClientRect();
        const mx = e.clientX - r.left;
        const my = e.clientY - r.top;
        const b = drawn.find((d) => mx >= d.x0 && mx <= d.x1 && my >= d.y && my <= d.y + ROW);
        tip.textContent = b ? `${b.lane} ${when(b.start)} → ${when(b.end)}: ${num(b.teuUsed)} of ${num(b.teuCapacity)}`
            + ` TEU, ${num(b.shipments)} shipments` : "Hover a bar for its load.";
    }

    async function highlight(id) {
        state.legs = [];
        legInfo.textContent = "";
        if (id) {
            try {
                const legs = await legsOf(ctx, plan, id);
                state.legs = legs;
                legInfo.textContent = legs.length
                    ? `${legs.length} legs: ${legs.map((l) => l.lane).join(" → ")}` : "no legs in this plan";
                legInfo.dataset.legs = String(legs.length);
                if (legs.length) {
                    state.from = Math.floor(Date.parse(legs[0].departure) / DAY) * DAY;
                    fromInput.value = iso(state.from).slice(0, 10);
                    const index = rows.findIndex((l) => l.code === legs[0].lane);
                    if (index >= 0) box.scrollTop = index * ROW;
                }
            } catch (e) { ctx.fail(e); }
        }
        redraw();
    }

    const hubNodes = nodes.filter((n) => n.throughputTeuPerDay != null)
        .sort((a, b) => (b.kind === "HUB") - (a.kind === "HUB") || a.code.localeCompare(b.code));
    const nodeDays = new Map();
    async function hubs() {
        hubPanel.replaceChildren(h("h2", null, "Hub throughput per day"));
        if (!plan) { hubPanel.append(h("p", { class: "note" }, "No plan selected.")); return; }
        if (!reviewable(plan)) { hubPanel.append(h("p", { class: "note" }, `Plan v${plan.version} is ${plan.status}.`)); return; }
        if (!f.has("nodeDays")) { hubPanel.append(missingNote("Hub throughput", f.missing("nodeDays"))); return; }
        try {
            if (!nodeDays.size) {
                for (const d of await ctx.api.get(`/api/plans/${plan.id}/node-days`)) {
                    nodeDays.set(d.node, [...(nodeDays.get(d.node) || []), d]);
                }
            }
            const wrap = h("div", { class: "columns" });
            for (const n of hubNodes) wrap.append(hubChart(n, nodeDays.get(n.code) || [], state.from, state.days));
            hubPanel.append(wrap);
        } catch (e) { ctx.fail(e); }
    }

    redraw();
    await hubs();
    if (state.shipment) await highlight(state.shipment);
}

/**
 * The legs of a shipment (its server id) in the plan shown: the assignment picked on the shipments view, else the
 * plan's own legs as its explanation gives them, else (no plan) the legs the shipment was published with.
 */
async function legsOf(ctx, plan, id) {
    if (ctx.state.selectedShipment && String(ctx.state.selectedShipment.shipmentId) === String(id)
        && String(ctx.state.selectedShipment.planId) === String(plan?.id)) {
        return ctx.state.selectedShipment.legs || [];
    }
    if (reviewable(plan) && ctx.features.has("explanation")) {
        const x = await ctx.api.get(`/api/plans/${plan.id}/shipments/${encodeURIComponent(id)}/explanation`);
        return x.legs || [];
    }
    const shipment = await ctx.api.get(`/api/shipments/${encodeURIComponent(id)}`);
    return shipment.legs || shipment.pinnedLegs || [];
}

function hubChart(node, days, from, span) {
    const W = 420;
    const H = 110;
    const to = from + span * DAY;
    const inWindow = days.filter((d) => { const t = Date.parse(d.day); return t >= from && t < to; });
    const max = Math.max(node.throughputTeuPerDay || 1, ...inWindow.map((d) => d.teuUsed));
    const x = linear([from, to], [30, W - 4]);
    const y = linear([0, max * 1.1], [H - 14, 4]);
    const bw = Math.max(1, (W - 34) / span - 2);
    const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, width: W, height: H, "data-node": node.code });
    for (const t of niceTicks(0, max * 1.1, 3)) {
        svg.append(s("text", { x: 2, y: y(t) + 3 }, num(t)));
    }
    for (const d of inWindow) {
        const t = Date.parse(d.day);
        svg.append(s("rect", { x: x(t) + 1, y: y(d.teuUsed), width: bw, height: Math.max(0, y(0) - y(d.teuUsed)),
            fill: loadColour(loadRatio(d.teuUsed, d.teuLimit)) }, s("title", null, `${d.day}: ${num(d.teuUsed)} of ${num(d.teuLimit)} TEU`)));
    }
    const limit = node.throughputTeuPerDay;
    if (limit != null) svg.append(s("line", { class: "limit", x1: 30, x2: W - 4, y1: y(limit), y2: y(limit) }));
    return h("figure", null, svg, h("figcaption", { class: "note" },
        `${node.code} ${node.name}: limit ${num(limit)} TEU/day; peak in window `
        + `${num(Math.max(0, ...inWindow.map((d) => d.teuUsed)))}`));
}

const iso = (t) => new Date(t).toISOString();

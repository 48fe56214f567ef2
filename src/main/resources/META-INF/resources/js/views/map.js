// Network map: nodes at their coordinates on an offline outline of the region's countries, lanes by mode, each
// coloured by its peak load against capacity in the selected plan; closures marked; a click shows load and manifest.
import { h, s, put, table, missingNote, yieldToBrowser } from "../dom.js";
import { referenceTime } from "./time.js";
import { REGION, equirectangular, geoPath, placeNodes, graticule, arc } from "../lib/projection.js";
import { LOAD_BANDS, NO_DATA, loadColour, loadRatio } from "../lib/scales.js";
import { num, when, pct } from "../lib/format.js";
import { reviewable } from "../lib/plans.js";

const WIDTH = 1000;
const HEIGHT = 500;
let outline = null;

async function regionOutline() {
    if (!outline) {
        const response = await fetch("data/region-110m.geojson");
        outline = await response.json();
    }
    return outline;
}

export async function render(ctx, el) {
    const f = ctx.features;
    const plan = ctx.plan();
    const [geo, nodes, lanes, disruptions] = await Promise.all([
        regionOutline(),
        ctx.api.get("/api/nodes"),
        ctx.api.get("/api/lanes"),
        f.has("disruptions") ? ctx.api.get("/api/disruptions") : Promise.resolve([]),
    ]);
    const p = equirectangular(REGION, WIDTH, HEIGHT);
    const placed = new Map(placeNodes(nodes, p).map((n) => [n.code, n]));
    // Disruptions still to come or under way at the plan's start (history before it is not drawn).
    const since = await referenceTime(ctx, plan);
    const current = disruptions.filter((d) => Date.parse(d.to) > since);
    const nodeClosures = group(current.filter((d) => d.node), (d) => d.node);
    const laneClosures = group(current.filter((d) => d.lane), (d) => d.lane);

    const svg = s("svg", { class: "map", id: "network-map", viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: "img", "aria-label": "Network map" });
    svg.append(s("defs", null, s("clipPath", { id: "region-clip" }, s("rect", { width: WIDTH, height: HEIGHT }))));
    const base = s("g", { "clip-path": "url(#region-clip)" },
        s("path", { class: "graticule", d: graticule(REGION, p) }),
        geo.features.map((c) => s("path", { class: "land", d: geoPath(c.geometry, p) },
            s("title", null, c.properties.name))));
    const laneLayer = s("g", { id: "lanes" });
    const nodeLayer = s("g", { id: "nodes" });
    svg.append(base, laneLayer, nodeLayer);

    // Lanes between the same two nodes bend apart: by direction and by their order among siblings.
    const siblings = new Map();
    const laneEls = new Map();
    for (const lane of lanes) {
        const a = placed.get(lane.from);
        const b = placed.get(lane.to);
        if (!a || !b) continue;
        const key = [lane.from, lane.to].sort().join("|");
        const k = siblings.get(key) || 0;
        siblings.set(key, k + 1);
        const closures = laneClosures.get(lane.code) || [];
        const closed = closures.some((d) => d.capacityFactor === 0);
        const d = arc(a, b, 8 + 7 * k);
        const path = s("path", {
            class: `lane ${lane.mode}${closed ? " closed" : ""}`, d,
            stroke: NO_DATA, "data-lane": lane.code, id: `lane-${lane.code}`,
            onclick: () => select({ lane }),
        }, s("title", null, `${lane.code} (${lane.mode})`));
        laneEls.set(lane.code, path);
        laneLayer.append(path);
        if (closures.length && !closed) {
            laneLayer.append(s("path", { class: "lane-reduced", d, "data-closed": lane.code }));
        }
    }
    const nodeEls = new Map();
    for (const n of placed.values()) {
        const r = n.kind === "HUB" ? 7 : n.throughputTeuPerDay ? 5.5 : 4;
        const closures = nodeClosures.get(n.code) || [];
        const g = s("g", { class: "node-group", "data-node": n.code });
        const circle = s("circle", { class: "node", cx: n.x, cy: n.y, r, fill: NO_DATA, id: `node-${n.code}`,
            "data-node": n.code, onclick: () => select({ node: n }) }, s("title", null, `${n.code} ${n.name}`));
        g.append(circle);
        if (closures.length) {
            const full = closures.some((d) => d.capacityFactor === 0);
            g.append(s("circle", { class: `closure${full ? "" : " partial"}`, cx: n.x, cy: n.y, r: r + 4,
                "data-closed": n.code }));
        }
        g.append(s("text", { x: n.x + r + 2, y: n.y - r, class: n.offMap ? "off" : "" },
            n.offMap ? `◀ ${n.code} (${n.lon.toFixed(0)}°)` : n.code));
        nodeEls.set(n.code, circle);
        nodeLayer.append(g);
    }

    const side = h("aside", { class: "panel", id: "map-detail" }, h("h2", null, "Details"),
        h("p", { class: "note" }, "Click a node or a lane."));
    const status = h("p", { class: "note", id: "map-status" });
    el.append(h("section", { class: "panel" }, h("h2", null, plan ? `Network, loads of plan v${plan.version}`
        : "Network"), legend(), status, h("div", { class: "map-wrap" }, svg, side)));

    // Loads of the plan: node peaks from the node-days, lane peaks from the manifests (page by page).
    const nodePeaks = new Map();
    const lanePeaks = new Map();
    const notes = [];
    if (!plan) {
        status.textContent = "No plan selected: nodes and lanes are grey.";
    } else if (!reviewable(plan)) {
        status.textContent = `Plan v${plan.version} is ${plan.status}: its loads show once it is solved.`;
    } else {
        if (f.has("nodeDays")) {
            try {
                const days = await ctx.api.get(`/api/plans/${plan.id}/node-days`);
                for (const d of days) {
                    const r = loadRatio(d.teuUsed, d.teuLimit);
                    const best = nodePeaks.get(d.node);
                    if (!best || (r ?? -1) > (best.ratio ?? -1)) nodePeaks.set(d.node, { ...d, ratio: r });
                }
                for (const [code, peak] of nodePeaks) {
                    nodeEls.get(code)?.setAttribute("fill", loadColour(peak.ratio));
                    nodeEls.get(code)?.setAttribute("data-peak", String(peak.teuUsed));
                }
            } catch (e) { ctx.fail(e); }
        } else {
            notes.push(missingNote("Node loads", f.missing("nodeDays")));
        }
        if (f.has("manifests")) {
            status.textContent = "Reading the plan's manifests…";
            let count = 0;
            try {
                await ctx.api.pages(`/api/plans/${plan.id}/manifests`, 500, (items) => {
                    for (const m of items) {
                        const r = loadRatio(m.teuUsed, m.teuCapacity);
                        const best = lanePeaks.get(m.lane);
                        if (!best || (r ?? -1) > (best.ratio ?? -1)) lanePeaks.set(m.lane, { ...m, ratio: r });
                    }
                    count += items.length;
                    status.textContent = `Reading the plan's manifests… ${num(count)}`;
                    return el.isConnected;
                });
                await yieldToBrowser();
                for (const [code, peak] of lanePeaks) {
                    laneEls.get(code)?.setAttribute("stroke", loadColour(peak.ratio));
                    laneEls.get(code)?.setAttribute("data-peak", String(peak.teuUsed));
                }
                status.textContent = `${num(count)} departures in the plan; colour: peak load against capacity.`;
            } catch (e) { ctx.fail(e); }
        } else {
            notes.push(missingNote("Lane loads", f.missing("manifests")));
            status.textContent = "";
        }
    }
    status.after(...notes);
    el.dataset.loaded = "true";

    function select(what) {
        for (const x of svg.querySelectorAll(".selected")) x.classList.remove("selected");
        if (what.node) {
            nodeEls.get(what.node.code)?.classList.add("selected");
            showNode(ctx, side, what.node, nodePeaks.get(what.node.code), nodeClosures.get(what.node.code) || []);
        } else {
            laneEls.get(what.lane.code)?.classList.add("selected");
            showLane(ctx, side, what.lane, lanePeaks.get(what.lane.code), laneClosures.get(what.lane.code) || []);
        }
    }
}

function group(items, key) {
    const m = new Map();
    for (const i of items) m.set(key(i), [...(m.get(key(i)) || []), i]);
    return m;
}

function legend() {
    return h("div", { class: "legend" },
        LOAD_BANDS.map((b) => h("span", null, h("span", { class: "swatch", style: `background:${b.colour}` }), b.label)),
        h("span", null, h("span", { class: "swatch", style: `background:${NO_DATA}` }), "no load / no plan"),
        h("span", null, "road ━  rail ╍  air ┈  sea ─·─"),
        h("span", null, h("span", { class: "swatch", style: "border:2px solid #b71c1c" }),
            "closed (dashed: reduced), from the plan's start on"));
}

function closureList(closures) {
    if (!closures.length) return null;
    return h("div", null, h("h3", null, "Disruptions"), table([
        ["from", (d) => when(d.from)], ["to", (d) => when(d.to)],
        ["capacity", (d) => (d.capacityFactor === 0 ? "closed" : pct(d.capacityFactor, 1))],
        ["reason", (d) => d.reason ?? ""],
    ], closures));
}

async function showNode(ctx, side, node, peak, closures) {
    const plan = ctx.plan();
    put(side, h("h2", null, `${node.code} – ${node.name}`),
        h("p", null, `${node.kind}, ${node.country}; handling ${node.handlingHours} h; throughput `,
            node.throughputTeuPerDay != null ? `${num(node.throughputTeuPerDay)} TEU/day` : "unlimited"),
        h("p", { id: "node-peak" }, peak
            ? `Peak day ${peak.day}: ${num(peak.teuUsed)} TEU departing`
              + (peak.teuLimit != null ? ` of ${num(peak.teuLimit)} (${pct(peak.teuUsed, peak.teuLimit)})` : ", no limit")
            : "No load in this plan."),
        closureList(closures));
    if (reviewable(plan) && ctx.features.has("nodeDays")) {
        try {
            const days = await ctx.api.get(`/api/plans/${plan.id}/node-days?node=${encodeURIComponent(node.code)}`);
            const busiest = [...days].sort((a, b) => b.teuUsed - a.teuUsed).slice(0, 10);
            side.append(h("h3", null, "Busiest days"), table([
                ["day", (d) => d.day], ["TEU", (d) => num(d.teuUsed), "n"], ["limit", (d) => num(d.teuLimit), "n"],
                ["factor", (d) => (Number(d.capacityFactor) === 1 ? "" : pct(Number(d.capacityFactor), 1)), "n"],
            ], busiest, () => ({ "data-node-day": node.code })));
        } catch (e) { ctx.fail(e); }
    }
}

async function showLane(ctx, side, lane, peak, closures) {
    const plan = ctx.plan();
    put(side, h("h2", null, lane.code),
        h("p", null, `${lane.mode} ${lane.from} → ${lane.to}, ${lane.transitHours} h, ${num(lane.capacityTeu)} TEU`
            + ` per departure, $${num(lane.costPerTeu)}/TEU`),
        h("p", { id: "lane-peak" }, peak
            ? `Peak departure ${when(peak.departure)}: ${num(peak.teuUsed)} of ${num(peak.teuCapacity)} TEU`
              + (Number(peak.capacityFactor) < 1 ? ` (capacity at ${pct(Number(peak.capacityFactor), 1)})` : "")
            : "No load in this plan."),
        closureList(closures));
    if (!reviewable(plan) || !ctx.features.has("manifests")) return;
    const rows = h("tbody");
    const more = h("button", { id: "manifest-more" }, "More");
    side.append(h("h3", null, "Manifest"), h("table", { class: "grid", id: "lane-manifest" },
        h("thead", null, h("tr", null, h("th", null, "departure"), h("th", null, "arrival"),
            h("th", { class: "n" }, "TEU"), h("th", { class: "n" }, "tonnes"),
            h("th", { class: "n" }, "shipments"))), rows), more);
    let page = 0;
    const load = async () => {
        try {
            const r = await ctx.api.get(`/api/plans/${plan.id}/manifests?lane=${encodeURIComponent(lane.code)}`
                + `&page=${page}&size=20`);
            for (const m of r.items || []) {
                rows.append(h("tr", { "data-departure": m.departure }, h("td", null, when(m.departure)),
                    h("td", null, when(m.arrival)),
                    h("td", { class: "n" }, `${num(m.teuUsed)}/${num(m.teuCapacity)}`),
                    h("td", { class: "n" }, m.tonnesCapacity == null ? num(Number(m.tonnesUsed))
                        : `${num(Number(m.tonnesUsed))}/${num(Number(m.tonnesCapacity))}`),
                    h("td", { class: "n", title: `shipment ids ${m.shipments.join(", ")}` },
                        h("a", { href: `#/shipments?shipment=${encodeURIComponent(m.shipments[0])}` },
                            num(m.shipments.length)))));
            }
            page = r.next ?? page + 1;
            more.hidden = r.next == null;
            if (!rows.children.length) rows.append(h("tr", null, h("td", { colspan: 5 }, "No departures used.")));
        } catch (e) { ctx.fail(e); }
    };
    more.addEventListener("click", load);
    await load();
}

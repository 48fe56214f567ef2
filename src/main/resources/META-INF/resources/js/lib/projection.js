// Equirectangular projection of a longitude/latitude box onto a width x height drawing, and SVG paths of GeoJSON
// geometries through it. Pure functions: no DOM.

/** The region the map shows: 20°W–80°E, 20°N–70°N. */
export const REGION = Object.freeze({ west: -20, south: 20, east: 80, north: 70 });

/**
 * A projection of box {west, south, east, north} (degrees) onto [0, width] x [0, height]; north is up.
 * project([lon, lat]) gives [x, y]; invert([x, y]) gives [lon, lat]; contains([lon, lat]) tells whether the point is
 * inside the box.
 */
export function equirectangular(box, width, height) {
    const sx = width / (box.east - box.west);
    const sy = height / (box.north - box.south);
    return {
        width,
        height,
        project: ([lon, lat]) => [(lon - box.west) * sx, (box.north - lat) * sy],
        invert: ([x, y]) => [box.west + x / sx, box.north - y / sy],
        contains: ([lon, lat]) => lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north,
    };
}

/** SVG path data of a Polygon or MultiPolygon through projection p, one decimal; other geometries give "". */
export function geoPath(geometry, p) {
    const polys = geometry.type === "Polygon" ? [geometry.coordinates]
        : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    let d = "";
    for (const poly of polys) {
        for (const ring of poly) {
            ring.forEach((c, i) => {
                const [x, y] = p.project(c);
                d += (i === 0 ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
            });
            d += "Z";
        }
    }
    return d;
}

/**
 * Screen positions of nodes: inside the box, projected; outside it (the American ports of the NDN), stacked on the
 * nearest side edge with `offMap: true`, so that their lanes still show where they lead.
 */
export function placeNodes(nodes, p, box = REGION, margin = 14) {
    const stacked = { west: 0, east: 0 };
    return nodes.map((n) => {
        if (p.contains([n.lon, n.lat])) {
            const [x, y] = p.project([n.lon, n.lat]);
            return { ...n, x, y, offMap: false };
        }
        const side = n.lon < box.west ? "west" : n.lon > box.east ? "east" : (n.lat > box.north ? "north" : "south");
        const lat = Math.min(box.north, Math.max(box.south, n.lat));
        const lon = Math.min(box.east, Math.max(box.west, n.lon));
        let [x, y] = p.project([lon, lat]);
        if (side === "west" || side === "east") {
            x = side === "west" ? margin : p.width - margin;
            y += 16 * stacked[side]++;
        }
        return { ...n, x, y, offMap: true, side };
    });
}

/** Meridians and parallels every `step` degrees inside the box, as SVG path data. */
export function graticule(box, p, step = 10) {
    let d = "";
    for (let lon = Math.ceil(box.west / step) * step; lon <= box.east; lon += step) {
        const [x0, y0] = p.project([lon, box.north]);
        const [, y1] = p.project([lon, box.south]);
        d += `M${x0.toFixed(1)} ${y0.toFixed(1)}V${y1.toFixed(1)}`;
    }
    for (let lat = Math.ceil(box.south / step) * step; lat <= box.north; lat += step) {
        const [x0, y0] = p.project([box.west, lat]);
        const [x1] = p.project([box.east, lat]);
        d += `M${x0.toFixed(1)} ${y0.toFixed(1)}H${x1.toFixed(1)}`;
    }
    return d;
}

/**
 * A gently curved path from a to b (quadratic, bulging to the left of the direction of travel), so that the two
 * directions of a pair of lanes, and several modes between the same nodes, stay apart. `bend` is in pixels.
 */
export function arc(a, b, bend) {
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const cx = mx - (dy / len) * bend;
    const cy = my + (dx / len) * bend;
    return `M${a.x.toFixed(1)} ${a.y.toFixed(1)}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${b.x.toFixed(1)} ${b.y.toFixed(1)}`;
}

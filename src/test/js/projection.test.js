import { test } from "node:test";
import assert from "node:assert/strict";
import { REGION, equirectangular, geoPath, placeNodes, graticule, arc } from "../../main/resources/META-INF/resources/js/lib/projection.js";

const p = equirectangular(REGION, 1000, 500);

test("corners of the region map to the corners of the drawing, north up", () => {
    assert.deepEqual(p.project([-20, 70]), [0, 0]);
    assert.deepEqual(p.project([80, 20]), [1000, 500]);
});

test("Ulyanovsk lands where ten pixels a degree put it", () => {
    const [x, y] = p.project([48.803, 54.401]);
    assert.ok(Math.abs(x - 688.03) < 1e-9, String(x));
    assert.ok(Math.abs(y - 155.99) < 1e-9, String(y));
});

test("invert undoes project", () => {
    const [lon, lat] = p.invert(p.project([12.24, 51.42]));
    assert.ok(Math.abs(lon - 12.24) < 1e-9 && Math.abs(lat - 51.42) < 1e-9);
});

test("a polygon becomes a closed SVG path; other geometries draw nothing", () => {
    const d = geoPath({ type: "Polygon", coordinates: [[[-20, 70], [0, 70], [0, 60], [-20, 70]]] }, p);
    assert.equal(d, "M0.0 0.0L200.0 0.0L200.0 100.0L0.0 0.0Z");
    assert.equal(geoPath({ type: "Point", coordinates: [0, 0] }, p), "");
    const multi = geoPath({ type: "MultiPolygon", coordinates: [[[[0, 60], [1, 60], [0, 61], [0, 60]]],
        [[[10, 50], [11, 50], [10, 51], [10, 50]]]] }, p);
    assert.equal((multi.match(/Z/g) || []).length, 2);
});

test("nodes outside the region stack on the nearest side edge, marked off map", () => {
    const placed = placeNodes([
        { code: "ULY", lon: 48.8, lat: 54.4 },
        { code: "DOV", lon: -75.47, lat: 39.13 },
        { code: "HUS", lon: -76.33, lat: 36.95 },
    ], p);
    assert.equal(placed[0].offMap, false);
    assert.equal(placed[1].offMap, true);
    assert.equal(placed[1].side, "west");
    assert.equal(placed[1].x, 14);
    assert.equal(placed[2].x, 14);
    // each at its own latitude, the second one a row lower so that labels of neighbours do not overlap
    assert.ok(Math.abs(placed[1].y - (70 - 39.13) * 10) < 1e-9);
    assert.ok(Math.abs(placed[2].y - ((70 - 36.95) * 10 + 16)) < 1e-9);
});

test("graticule has a meridian and a parallel every ten degrees", () => {
    const d = graticule(REGION, p, 10);
    assert.equal((d.match(/V/g) || []).length, 11);
    assert.equal((d.match(/H/g) || []).length, 6);
});

test("the two directions of a lane bend to opposite sides", () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const there = arc(a, b, 10).match(/Q([-\d.]+) ([-\d.]+)/);
    const back = arc(b, a, 10).match(/Q([-\d.]+) ([-\d.]+)/);
    assert.equal(Number(there[2]), 10);
    assert.equal(Number(back[2]), -10);
});

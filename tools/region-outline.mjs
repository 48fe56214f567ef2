// Writes the offline base map of the planner's web page: the Natural Earth 1:110m country outlines (public domain,
// via the npm package world-atlas, ISC) of the region 20°W–80°E, 20°N–70°N as a small GeoJSON file.
//
//   npm install --no-save world-atlas@2.0.2 topojson-client@3.1.0
//   node tools/region-outline.mjs > src/main/resources/META-INF/resources/data/region-110m.geojson
//
// A country is kept when its bounding box meets the region (padded by 10°, so that the coasts just outside stay
// drawn); coordinates are rounded to 0.01° (about 1 km, far finer than the 1:110m outlines themselves).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const region = { west: -30, east: 90, south: 10, north: 80 };

const round = (c) => [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100];
const polygons = (g) => (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []);
const meets = (poly) => {
    const ring = poly[0];
    const lons = ring.map((c) => c[0]);
    const lats = ring.map((c) => c[1]);
    return Math.max(...lons) >= region.west && Math.min(...lons) <= region.east
        && Math.max(...lats) >= region.south && Math.min(...lats) <= region.north;
};

const features = feature(world, world.objects.countries).features
    .map((f) => ({ name: f.properties.name, polys: polygons(f.geometry).filter(meets) }))
    .filter((f) => f.polys.length > 0)
    .map((f) => ({
        type: "Feature",
        properties: { name: f.name },
        geometry: { type: "MultiPolygon", coordinates: f.polys.map((p) => p.map((ring) => ring.map(round))) },
    }));

process.stdout.write(JSON.stringify({
    type: "FeatureCollection",
    source: "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), via world-atlas 2.0.2",
    bbox: [-20, 20, 80, 70],
    features,
}) + "\n");

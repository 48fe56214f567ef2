import { test } from "node:test";
import assert from "node:assert/strict";
import { featuresOf, operations, parameterEnum, ENDPOINTS } from "../../main/resources/META-INF/resources/js/features.js";
import { idFromLocation } from "../../main/resources/META-INF/resources/js/api.js";

const today = { paths: {
    "/api/nodes": { get: {} }, "/api/lanes": { get: {} },
    "/api/disruptions": { get: {}, post: {} },
    "/api/shipments": { get: { parameters: [{ name: "status", in: "query",
        schema: { $ref: "#/components/schemas/ShipmentStatus" } }] } },
} , components: { schemas: { ShipmentStatus: { enum: ["SUBMITTED", "PLANNED"] } } } };

test("path parameters of any name match", () => {
    const ops = operations({ paths: { "/api/plans/{planId}/diff": { get: {} }, "/api/plans/{id}/": { post: {} } } });
    assert.ok(ops.has(ENDPOINTS.diff));
    assert.ok(ops.has("POST /api/plans/{}"));
});

test("today's API has the network and disruptions, not the plans", () => {
    const f = featuresOf(today);
    assert.ok(f.has("nodes", "lanes", "addDisruption"));
    assert.equal(f.has("plans"), false);
    assert.deepEqual(f.missing("nodes", "plans", "diff"), ["GET /api/plans", "GET /api/plans/{}/diff"]);
});

test("enum values of a query parameter are read through references", () => {
    assert.deepEqual(parameterEnum(today, ENDPOINTS.shipments, "status"), ["SUBMITTED", "PLANNED"]);
    assert.equal(parameterEnum(today, ENDPOINTS.assignments, "status"), null);
});

test("ids come from the end of a Location", () => {
    assert.equal(idFromLocation("http://localhost:8080/api/plans/17"), "17");
    assert.equal(idFromLocation("/api/what-ifs/3/?x=1"), "3");
    assert.equal(idFromLocation(null), null);
});

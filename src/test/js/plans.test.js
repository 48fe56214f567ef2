import { test } from "node:test";
import assert from "node:assert/strict";
import { nextPage, assignmentStatus, isTrouble, planTiles, progressSeries, planLocation, running, reviewable }
    from "../../main/resources/META-INF/resources/js/lib/plans.js";

test("paging follows next when given, else the total", () => {
    const items = [1, 2];
    assert.deepEqual(nextPage({ items, page: 0, size: 2, total: 5 }, 0), { page: 1 });
    assert.equal(nextPage({ items, page: 2, size: 2, total: 5 }, 2), null);
    assert.equal(nextPage({ items, page: 1, size: 2, total: 4 }, 1), null);
    assert.deepEqual(nextPage({ items, page: 0, size: 2, total: 9, next: 1 }, 0), { page: 1 });
    assert.equal(nextPage({ items, page: 3, size: 2, total: 8, next: null }, 3), null);
    assert.deepEqual(nextPage({ items, next: "abc" }, 0), { after: "abc" });
    assert.equal(nextPage({ items: [], page: 0, size: 2, total: 9 }, 0), null);
    assert.equal(nextPage([1, 2, 3], 0), null);
});

test("an assignment's status follows the review: planned, late, unplanned, pinned only", () => {
    const leg = { lane: "A-B-ROAD" };
    assert.equal(assignmentStatus({ delivered: true, legs: [leg], lateHours: 0 }), "PLANNED");
    assert.equal(assignmentStatus({ delivered: true, legs: [leg], lateHours: 7 }), "LATE");
    // an unplanned shipment carries lateness (a week after the horizon) but is not LATE
    assert.equal(assignmentStatus({ delivered: false, legs: [], lateHours: 900 }), "UNPLANNED");
    assert.equal(assignmentStatus({ delivered: false, legs: [leg], lateHours: 900 }), "PINNED_ONLY");
    assert.equal(isTrouble({ delivered: true, legs: [leg], lateHours: 0 }), false);
    assert.equal(isTrouble({ delivered: false, legs: [] }), true);
});

test("plan tiles derive planned and late from delivered and on time", () => {
    const t = planTiles({ shipments: 98, delivered: 90, onTime: 85, unplanned: 8, costUsd: 1234,
        busiestDayNode: "ULY 2012-08-14", busiestDayUse: 0.956 });
    assert.equal(t.planned, 90);
    assert.equal(t.late, 5);
    assert.equal(t.cost, 1234);
    assert.equal(t.busiest, "ULY 2012-08-14 (96 %)");
    assert.equal(planTiles(null).late, null);
    assert.equal(planTiles({ shipments: 3 }).late, null);
});

test("progress points come flat, from the response's points", () => {
    const series = progressSeries({ planId: 4, points: [
        { at: "2012-01-01T00:00:00Z", elapsedMs: 10, score: { hard: -1, medium: -5, soft: -9 } },
        { at: "2012-01-01T00:00:01Z", elapsedMs: 900, score: { hard: 0, medium: -5, soft: -9 } },
    ] });
    assert.deepEqual(series[1], { at: "2012-01-01T00:00:01Z", elapsedMs: 900, hard: 0, medium: -5, soft: -9 });
    assert.deepEqual(progressSeries({ planId: 4, points: [] }), []);
    assert.equal(progressSeries([{ at: "x", hard: 1, medium: 2, soft: 3 }])[0].soft, 3);
});

test("the plan a change started: Plan-Location, else Link rel=plan, else a plan's Location", () => {
    const headers = (h) => (name) => h[name] ?? null;
    assert.equal(planLocation(headers({ "Plan-Location": "http://x/api/plans/9", Location: "http://x/api/disruptions/3" })),
        "http://x/api/plans/9");
    assert.equal(planLocation(headers({ Link: '<http://x/docs>; rel="help", <http://x/api/plans/8>; rel="plan"' })),
        "http://x/api/plans/8");
    assert.equal(planLocation(headers({ Location: "http://x/api/disruptions/3" })), null);
    assert.equal(planLocation(headers({ Location: "/api/plans/12" })), "/api/plans/12");
});

test("running and reviewable plans", () => {
    assert.ok(running({ status: "DRAFT" }) && running({ status: "SOLVING" }));
    assert.equal(running({ status: "READY" }), false);
    assert.ok(reviewable({ status: "READY" }) && reviewable({ status: "PUBLISHED" }) && reviewable({ status: "SUPERSEDED" }));
    assert.equal(reviewable({ status: "FAILED" }), false);
    assert.equal(reviewable(null), false);
});

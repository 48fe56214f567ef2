import { test } from "node:test";
import assert from "node:assert/strict";
import { visibleRows, lowerBound, barsInWindow, departures, laneBars, DAY, HOUR } from "../../main/resources/META-INF/resources/js/lib/gantt.js";

test("only the rows on screen, with overscan, are drawn", () => {
    assert.deepEqual(visibleRows(0, 440, 22, 10000, 3), { first: 0, last: 23 });
    assert.deepEqual(visibleRows(22 * 5000, 440, 22, 10000, 3), { first: 4997, last: 5023 });
    assert.deepEqual(visibleRows(22 * 9990, 440, 22, 10000, 3), { first: 9987, last: 9999 });
    assert.deepEqual(visibleRows(0, 440, 22, 0), { first: 0, last: -1 });
});

test("bars in the window: binary search from the window start less the longest bar", () => {
    const bars = Array.from({ length: 100000 }, (_, i) => ({ start: i * HOUR, end: i * HOUR + 3 * HOUR }));
    assert.equal(lowerBound(bars, 50 * HOUR), 50);
    const shown = barsInWindow(bars, 1000 * HOUR, 1010 * HOUR, 3 * HOUR);
    assert.equal(shown[0].start, 998 * HOUR);
    assert.equal(shown.length, 12);
    assert.deepEqual(barsInWindow(bars, -10 * HOUR, -5 * HOUR, 3 * HOUR), []);
});

test("daily, weekly and dated timetables give their departures in the window", () => {
    const mon = Date.parse("2012-09-03T00:00:00Z");
    assert.deepEqual(departures({ daily: ["18:00", "06:00"] }, mon, mon + DAY).map((t) => new Date(t).toISOString()),
        ["2012-09-03T06:00:00.000Z", "2012-09-03T18:00:00.000Z"]);
    const weekly = departures({ weekly: ["THU 06:00", "MON 06:00"] }, mon, mon + 7 * DAY);
    assert.deepEqual(weekly.map((t) => new Date(t).toISOString()),
        ["2012-09-03T06:00:00.000Z", "2012-09-06T06:00:00.000Z"]);
    assert.deepEqual(departures({ at: ["2012-09-10T00:00:00Z", "2012-09-04T00:00:00Z"] }, mon, mon + 7 * DAY),
        [Date.parse("2012-09-04T00:00:00Z")]);
    assert.deepEqual(departures(null, 0, DAY), []);
});

test("lane bars take their fill from the plan's manifest of the same departure", () => {
    const mon = Date.parse("2012-09-03T00:00:00Z");
    const lane = { code: "A-B-RAIL", transitHours: 30, capacityTeu: 80, schedule: { daily: ["06:00"] } };
    const manifests = [{ lane: "A-B-RAIL", departure: "2012-09-03T06:00:00Z", arrival: "2012-09-04T12:00:00Z",
        teuUsed: 60, teuCapacity: 80, shipments: [1, 2, 3] }];
    const bars = laneBars(lane, manifests, mon, mon + 2 * DAY);
    // the departure of the day before is still under way at the window start
    assert.equal(bars.length, 3);
    assert.equal(bars[0].start, mon - DAY + 6 * HOUR);
    assert.equal(bars[1].teuUsed, 60);
    assert.equal(bars[1].shipments, 3);
    assert.equal(bars[1].planned, true);
    assert.equal(bars[2].planned, false);
    assert.equal(bars[2].end - bars[2].start, 30 * HOUR);
});

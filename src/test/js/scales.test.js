import { test } from "node:test";
import assert from "node:assert/strict";
import { linear, niceTicks, loadColour, loadRatio, LOAD_BANDS, NO_DATA, dayTicks, progressPoints }
    from "../../main/resources/META-INF/resources/js/lib/scales.js";

test("linear maps the domain onto the range, also reversed", () => {
    const y = linear([0, 10], [100, 0]);
    assert.equal(y(0), 100);
    assert.equal(y(10), 0);
    assert.equal(y(2.5), 75);
    assert.equal(linear([5, 5], [0, 10])(5), 5);
});

test("nice ticks are round and cover the span", () => {
    assert.deepEqual(niceTicks(0, 100, 5), [0, 20, 40, 60, 80, 100]);
    assert.deepEqual(niceTicks(0, 7, 3), [0, 2, 4, 6]);
    assert.deepEqual(niceTicks(3, 3), [3]);
});

test("loads colour by band; unknown capacity is no data", () => {
    assert.equal(loadColour(loadRatio(10, 40)), LOAD_BANDS[0].colour);
    assert.equal(loadColour(loadRatio(40, 40)), LOAD_BANDS[3].colour);
    assert.equal(loadColour(loadRatio(41, 40)), LOAD_BANDS[4].colour);
    assert.equal(loadRatio(5, 0), null);
    assert.equal(loadRatio(null, 10), null);
    assert.equal(loadColour(null), NO_DATA);
});

test("day ticks thin out to at most max ticks", () => {
    const day = 86400000;
    assert.equal(dayTicks(0, 7 * day).length, 7);
    const month = dayTicks(0, 60 * day, 16);
    assert.ok(month.length <= 16, String(month.length));
    assert.equal(month[1] - month[0], 7 * day);
});

test("progress points rise as the score improves, hard before medium before soft", () => {
    const progress = [
        { at: "2012-01-01T00:00:00Z", hard: -2, medium: 0, soft: 0 },
        { at: "2012-01-01T00:00:01Z", hard: 0, medium: -500, soft: -9 },
        { at: "2012-01-01T00:00:02Z", hard: 0, medium: -500, soft: -3 },
    ];
    const { points, last } = progressPoints(progress, 100, 50, 0);
    const ys = points.split(" ").map((pt) => Number(pt.split(",")[1]));
    assert.ok(ys[0] > ys[1] && ys[1] > ys[2], points);
    assert.equal(last.soft, -3);
    assert.deepEqual(progressPoints([], 10, 10), { points: "", last: null });
});

// Scales and colours shared by the charts. Pure functions: no DOM.

/** A linear map of [d0, d1] onto [r0, r1]; a zero-width domain maps everything to the middle of the range. */
export function linear([d0, d1], [r0, r1]) {
    const span = d1 - d0;
    const f = (v) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
    f.domain = [d0, d1];
    f.range = [r0, r1];
    return f;
}

/** About `count` round ticks (1, 2 or 5 times a power of ten, the step nearest the even split) covering [lo, hi]. */
export function niceTicks(lo, hi, count = 5) {
    if (!(hi > lo)) {
        return [lo];
    }
    const raw = (hi - lo) / Math.max(1, count);
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * power)
        .reduce((best, s) => (Math.abs(s - raw) < Math.abs(best - raw) ? s : best));
    const ticks = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
        ticks.push(Math.round(v / step) * step);
    }
    return ticks;
}

/** Bands of load against capacity, lowest first: the map, the Gantt and the hub charts colour by them. */
export const LOAD_BANDS = Object.freeze([
    { upTo: 0.5, colour: "#2e7d32", label: "under 50 %" },
    { upTo: 0.8, colour: "#9e9d24", label: "50–80 %" },
    { upTo: 0.95, colour: "#ef6c00", label: "80–95 %" },
    { upTo: 1.0, colour: "#d84315", label: "95–100 %" },
    { upTo: Infinity, colour: "#b71c1c", label: "over capacity" },
]);
export const NO_DATA = "#9e9e9e";

/** The share used/capacity, or null when unknown (no capacity, or no data). */
export function loadRatio(used, capacity) {
    if (used == null || capacity == null || !(capacity > 0)) {
        return null;
    }
    return used / capacity;
}

/** The colour of a load ratio (null: no data). */
export function loadColour(ratio) {
    if (ratio == null || Number.isNaN(ratio)) {
        return NO_DATA;
    }
    return LOAD_BANDS.find((b) => ratio <= b.upTo).colour;
}

/** Ticks of a time axis over [from, to) (ms): whole days, or every n days so that at most `max` ticks show. */
export function dayTicks(from, to, max = 16) {
    const day = 86400000;
    const days = Math.max(1, Math.ceil((to - from) / day));
    const every = [1, 2, 7, 14, 28].find((n) => days / n <= max) ?? Math.ceil(days / max);
    const ticks = [];
    for (let t = Math.ceil(from / day) * day; t < to; t += day * every) {
        ticks.push(t);
    }
    return ticks;
}

/**
 * The points of a best-score-over-time chart: `progress` is [{at, hard, medium, soft}], the y value the score
 * levels folded into one number that orders like the score (hard first, then medium, then soft), scaled to the
 * chart box. Returns SVG polyline points and the levels' last values.
 */
export function progressPoints(progress, width, height, pad = 4) {
    if (progress.length === 0) {
        return { points: "", last: null };
    }
    const times = progress.map((p) => Date.parse(p.at));
    // Rank each level separately, hard outranking medium outranking soft: the chart shows the order of scores,
    // which is what a planner watches (is it still improving?), not their incommensurable magnitudes.
    const key = (p) => [p.hard ?? 0, p.medium ?? 0, p.soft ?? 0];
    const sorted = progress.map(key).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const rank = (k) => {
        let lo = 0;
        let hi = sorted.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const s = sorted[mid];
            const c = s[0] - k[0] || s[1] - k[1] || s[2] - k[2];
            if (c < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    };
    const x = linear([times[0], times[times.length - 1]], [pad, width - pad]);
    const y = linear([0, Math.max(1, sorted.length - 1)], [height - pad, pad]);
    const points = progress.map((p, i) => `${x(times[i]).toFixed(1)},${y(rank(key(p))).toFixed(1)}`).join(" ");
    return { points, last: progress[progress.length - 1] };
}

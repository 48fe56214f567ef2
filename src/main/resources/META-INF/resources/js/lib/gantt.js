// Windowing of the schedule view: which rows are on screen, which departures fall into the time window, and the
// departures of a lane's timetable. Pure functions: no DOM.

const HOUR = 3600000;
const DAY = 24 * HOUR;
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** Rows [first, last] to draw for a scroll offset, with `overscan` rows of slack on each side. */
export function visibleRows(scrollTop, viewportHeight, rowHeight, total, overscan = 3) {
    if (total <= 0) {
        return { first: 0, last: -1 };
    }
    const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
    const last = Math.min(total - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
    return { first, last };
}

/** Index of the first bar (sorted by start) whose start is >= t (binary search). */
export function lowerBound(bars, t) {
    let lo = 0;
    let hi = bars.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (bars[mid].start < t) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/**
 * The bars (sorted by start, each {start, end} in ms) that overlap [from, to). `longest` bounds how long a bar may
 * be, so that the search can start at from - longest instead of at the first bar.
 */
export function barsInWindow(bars, from, to, longest) {
    const out = [];
    for (let i = lowerBound(bars, from - longest); i < bars.length && bars[i].start < to; i++) {
        if (bars[i].end > from) {
            out.push(bars[i]);
        }
    }
    return out;
}

/**
 * The departures (ms, ascending) of a lane timetable {daily: ["06:00"]} | {weekly: ["MON 06:00"]} | {at: [iso]}
 * in [from, to), UTC.
 */
export function departures(schedule, from, to) {
    const out = [];
    if (!schedule) {
        return out;
    }
    const minutes = (hhmm) => {
        const [h, m] = hhmm.split(":").map(Number);
        return (h * 60 + m) * 60000;
    };
    if (schedule.daily) {
        const times = schedule.daily.map(minutes).sort((a, b) => a - b);
        for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
            for (const t of times) {
                if (day + t >= from && day + t < to) out.push(day + t);
            }
        }
    } else if (schedule.weekly) {
        const slots = schedule.weekly.map((s) => ({ dow: WEEKDAYS.indexOf(s.slice(0, 3)), t: minutes(s.slice(4)) }));
        for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
            const dow = new Date(day).getUTCDay();
            for (const s of slots) {
                if (s.dow === dow && day + s.t >= from && day + s.t < to) out.push(day + s.t);
            }
        }
        out.sort((a, b) => a - b);
    } else if (schedule.at) {
        for (const iso of schedule.at) {
            const t = Date.parse(iso);
            if (t >= from && t < to) out.push(t);
        }
        out.sort((a, b) => a - b);
    }
    return out;
}

/**
 * The bars of one lane in [from, to): its timetable's departures, each lasting the lane's transit time, filled from
 * the plan's manifests of that lane where there is one (matched on the departure instant).
 */
export function laneBars(lane, manifests, from, to) {
    const transit = lane.transitHours * HOUR;
    const byDeparture = new Map((manifests || []).map((m) => [Date.parse(m.departure), m]));
    const starts = new Set(departures(lane.schedule, from - transit, to));
    for (const t of byDeparture.keys()) {
        if (t >= from - transit && t < to) starts.add(t);
    }
    return [...starts].sort((a, b) => a - b).map((start) => {
        const m = byDeparture.get(start);
        return {
            lane: lane.code,
            start,
            end: m ? Date.parse(m.arrival) : start + transit,
            teuUsed: m ? m.teuUsed : 0,
            teuCapacity: m ? m.teuCapacity : lane.capacityTeu,
            shipments: m ? m.shipments.length : 0,
            planned: Boolean(m),
        };
    });
}

export { HOUR, DAY };

// How the page reads the plan endpoints' answers: paging, statuses, KPIs, progress, the plan a change started.
// Pure functions: no DOM, no fetch.

/** Statuses of a plan whose review (KPIs, manifests, node days, diff, explanations) can be read. */
const REVIEWABLE = new Set(["READY", "PUBLISHED", "SUPERSEDED"]);

/** A plan still being made: its status will change without anyone doing anything. */
export const running = (plan) => Boolean(plan) && (plan.status === "SOLVING" || plan.status === "DRAFT");

/** The plan has a solution the review endpoints answer for (they refuse DRAFT, SOLVING and FAILED with 409). */
export const reviewable = (plan) => Boolean(plan) && REVIEWABLE.has(plan.status);

/**
 * What to ask for after one page of a paged list: {page: n} for the next page number, {after: cursor} for a keyset
 * cursor, or null on the last page. A page says `next` (a number, or a string cursor) or only its `total`.
 */
export function nextPage(result, page) {
    if (!result || Array.isArray(result)) return null;
    const items = result.items || [];
    if (items.length === 0) return null;
    if (typeof result.next === "string") return { after: result.next };
    if (typeof result.next === "number") return { page: result.next };
    if (result.next === null && "next" in result) return null;
    const size = result.size || items.length;
    const at = typeof result.page === "number" ? result.page : page;
    if (typeof result.total === "number") return (at + 1) * size < result.total ? { page: at + 1 } : null;
    return null;
}

/**
 * What a plan does with one assignment ({delivered, legs, lateHours}), named as the review names it: PLANNED,
 * LATE, UNPLANNED (no legs) or PINNED_ONLY (legs that stop short of the destination).
 */
export function assignmentStatus(a) {
    if (!a.delivered) return (a.legs || []).length ? "PINNED_ONLY" : "UNPLANNED";
    return (a.lateHours ?? 0) > 0 ? "LATE" : "PLANNED";
}

/** The statuses an assignment filter offers, in that order. */
export const ASSIGNMENT_STATUSES = Object.freeze(["PLANNED", "LATE", "UNPLANNED", "PINNED_ONLY"]);

/** Late, or not reaching its destination: the shipments a planner looks into. */
export const isTrouble = (a) => assignmentStatus(a) !== "PLANNED";

/**
 * The tiles of a plan version's KPIs ({shipments, delivered, onTime, unplanned, costUsd, ...}, null before its
 * first solution): planned is delivered, late is delivered but not on time.
 */
export function planTiles(kpis) {
    if (!kpis) return { shipments: null, planned: null, onTime: null, late: null, unplanned: null, cost: null };
    return {
        shipments: kpis.shipments,
        planned: kpis.delivered,
        onTime: kpis.onTime,
        late: kpis.delivered != null && kpis.onTime != null ? kpis.delivered - kpis.onTime : null,
        unplanned: kpis.unplanned,
        cost: kpis.costUsd,
        busiest: kpis.busiestDayNode ? `${kpis.busiestDayNode} (${Math.round(100 * kpis.busiestDayUse)} %)` : null,
    };
}

/** The points of a plan's progress ({planId, points: [{at, elapsedMs, score}]}) as [{at, elapsedMs, hard, medium, soft}]. */
export function progressSeries(progress) {
    const points = Array.isArray(progress) ? progress : progress?.points || [];
    return points.map((p) => ({
        at: p.at,
        elapsedMs: p.elapsedMs,
        hard: p.score ? p.score.hard : p.hard,
        medium: p.score ? p.score.medium : p.medium,
        soft: p.score ? p.score.soft : p.soft,
    }));
}

/**
 * The plan a change started, from its answer's headers: Plan-Location, else a Link with rel="plan", else a
 * Location naming a plan. `header(name)` reads one header.
 */
export function planLocation(header) {
    const named = header("Plan-Location");
    if (named) return named;
    const link = header("Link");
    if (link) {
        for (const part of link.split(",")) {
            const m = part.match(/<([^>]+)>\s*;(.*)/);
            if (m && /rel="?plan"?/.test(m[2])) return m[1];
        }
    }
    const location = header("Location");
    return location && /\/api\/plans\/\d+/.test(location) ? location : null;
}

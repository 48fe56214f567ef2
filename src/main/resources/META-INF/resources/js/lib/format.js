// Number, date and score formats of the page. Pure functions: no DOM.

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export const num = (v) => (v == null ? "–" : integer.format(v));
export const dec = (v) => (v == null ? "–" : oneDecimal.format(v));
export const usd = (v) => (v == null ? "–" : "$" + integer.format(v));
export const pct = (part, whole) => (whole ? oneDecimal.format((100 * part) / whole) + " %" : "–");

/** "2012-09-03 14:00" in UTC, or "–". */
export function when(iso) {
    if (!iso) return "–";
    const d = new Date(typeof iso === "number" ? iso : Date.parse(iso));
    return Number.isNaN(d.getTime()) ? "–" : d.toISOString().slice(0, 16).replace("T", " ");
}

/** A score {hard, medium, soft, text}: its text, or its levels joined as OptaPlanner writes them. */
export function score(s) {
    if (!s) return "–";
    return s.text || `${s.hard ?? 0}hard/${s.medium ?? 0}medium/${s.soft ?? 0}soft`;
}

/** ISO-8601 duration of whole seconds, "PT30S". */
export const seconds = (n) => `PT${Math.max(1, Math.round(n))}S`;

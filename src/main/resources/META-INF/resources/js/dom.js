// Small DOM helpers: element creation without innerHTML (no markup injection from data), SVG elements, tables.

const SVG = "http://www.w3.org/2000/svg";

/** h("div", {class: "x", onclick: f}, child, "text", ...) */
export function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    return fill(el, attrs, children);
}

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
    return fill(document.createElementNS(SVG, tag), attrs, children);
}

function fill(el, attrs, children) {
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v == null || v === false) continue;
        if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
        else if (k === "dataset") Object.assign(el.dataset, v);
        else if (k === "value" && "value" in el) el.value = v;
        else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
        if (c == null || c === false) continue;
        el.append(c instanceof Node ? c : String(c));
    }
    return el;
}

/** Replaces the children of el, leaving out null and false (replaceChildren would write them as text). */
export function put(el, ...children) {
    el.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
    return el;
}

/** A table with a header row and one row per item; `columns` are [title, item => cell, className?]. */
export function table(columns, items, rowAttrs = () => ({})) {
    return h("table", { class: "grid" },
        h("thead", null, h("tr", null, columns.map(([t, , c]) => h("th", { class: c }, t)))),
        h("tbody", null, items.map((item) =>
            h("tr", rowAttrs(item), columns.map(([, f, c]) => h("td", { class: c }, f(item)))))));
}

/** A note that a part of the page waits for endpoints the service does not offer yet. */
export function missingNote(what, endpoints) {
    return h("p", { class: "note missing", "data-missing": endpoints.join(", ") },
        `${what} needs ${endpoints.join(", ")}, which this service does not offer yet.`);
}

/** Lets the browser paint and handle input between chunks of work (keeps every task well under a second). */
export const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

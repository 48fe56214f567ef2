// The planner's page: token, feature detection, plan selection and the hash router that shows one view at a time.
import { createApi } from "./api.js";
import { detectFeatures } from "./features.js";
import { h } from "./dom.js";
import { formatError } from "./lib/problem.js";
import { score } from "./lib/format.js";

const VIEWS = {
    overview: { title: "Overview", load: () => import("./views/overview.js"), needs: ["shipments"] },
    map: { title: "Network map", load: () => import("./views/map.js"), needs: ["nodes", "lanes"] },
    schedule: { title: "Schedule", load: () => import("./views/schedule.js"), needs: ["lanes"] },
    shipments: { title: "Shipments", load: () => import("./views/shipments.js"), needs: ["shipments"] },
    compare: { title: "Compare", load: () => import("./views/compare.js"), needs: ["plans", "plan", "diff"] },
    disruptions: { title: "Disruptions and what-ifs", load: () => import("./views/disruptions.js"),
        needs: ["disruptions", "addDisruption"] },
};
const TOKEN_KEY = "transit-planner.token";

const $ = (id) => document.getElementById(id);
let disposers = [];
let generation = 0;

const ctx = {
    features: null,
    api: createApi(() => sessionStorage.getItem(TOKEN_KEY) || ""),
    state: { planId: null, plans: [] },
    signedIn: () => Boolean(sessionStorage.getItem(TOKEN_KEY)),
    onDispose: (f) => disposers.push(f),
    notify(text, kind = "info") {
        const el = $("message");
        el.textContent = text;
        el.className = `message ${kind}`;
        el.hidden = !text;
    },
    fail(error) {
        ctx.notify(formatError(error), "error");
    },
    /** Asks before a change of live data; resolves to true when the planner confirms. */
    confirm(text) {
        const dialog = $("confirm");
        $("confirm-text").textContent = text;
        dialog.showModal();
        return new Promise((resolve) => {
            dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
        });
    },
    navigate(hash) {
        if (location.hash === hash) route(); else location.hash = hash;
    },
    /** The plan list (newest first) and the selection; quiet when the service has no plans yet. */
    async refreshPlans() {
        if (!ctx.features.has("plans")) return [];
        const plans = [];
        await ctx.api.pages("/api/plans", 100, (items) => { plans.push(...items); }, 5);
        plans.sort((a, b) => (b.version ?? 0) - (a.version ?? 0) || String(b.createdAt).localeCompare(a.createdAt));
        ctx.state.plans = plans;
        if (!plans.some((p) => String(p.id) === String(ctx.state.planId))) {
            const pick = plans.find((p) => p.status === "PUBLISHED") || plans.find((p) => p.status === "READY")
                || plans[0];
            ctx.state.planId = pick ? pick.id : null;
        }
        renderPlanPicker();
        return plans;
    },
    plan: () => ctx.state.plans.find((p) => String(p.id) === String(ctx.state.planId)) || null,
    published: () => ctx.state.plans.find((p) => p.status === "PUBLISHED") || null,
    selectPlan(id) {
        ctx.state.planId = id;
        renderPlanPicker();
        route();
    },
};

function renderPlanPicker() {
    const select = $("plan");
    select.replaceChildren(...ctx.state.plans.map((p) =>
        h("option", { value: p.id, selected: String(p.id) === String(ctx.state.planId) },
            `v${p.version ?? "?"} ${p.kind ?? ""} ${p.status} ${score(p.score)}`)));
    select.hidden = ctx.state.plans.length === 0;
}

function parseRoute() {
    const [name, query] = location.hash.replace(/^#\/?/, "").split("?");
    return { name: VIEWS[name] ? name : "overview", params: new URLSearchParams(query || "") };
}

function markNav() {
    for (const [name, view] of Object.entries(VIEWS)) {
        const link = $(`nav-${name}`);
        const missing = ctx.features ? ctx.features.missing(...view.needs) : [];
        link.classList.toggle("disabled", missing.length > 0);
        link.title = missing.length ? `Not offered by this service yet: ${missing.join(", ")}` : "";
        link.setAttribute("aria-disabled", String(missing.length > 0));
    }
}

async function route() {
    disposers.forEach((f) => f());
    disposers = [];
    const { name, params } = parseRoute();
    const current = ++generation;
    const view = VIEWS[name];
    for (const a of document.querySelectorAll("nav a")) {
        a.classList.toggle("active", a.id === `nav-${name}`);
    }
    const main = $("view");
    main.dataset.view = name;
    main.dataset.ready = "false";
    document.title = `${view.title} – Transit Planner`;
    if (!ctx.signedIn()) {
        main.replaceChildren(h("section", { class: "panel" }, h("h2", null, view.title),
            h("p", null, "Paste a planner's token above and press Use token.")));
        main.dataset.ready = "true";
        return;
    }
    const missing = ctx.features.missing(...view.needs);
    if (missing.length) {
        main.replaceChildren(h("section", { class: "panel" }, h("h2", null, view.title),
            h("p", { class: "note missing", "data-missing": missing.join(", ") },
                `This view needs ${missing.join(", ")}, which this service does not offer yet. `
                + "It lights up when the service offers them.")));
        main.dataset.ready = "true";
        return;
    }
    const module = await view.load();
    if (current !== generation) return;
    // Each visit renders into a fresh element: a render overtaken by the next route writes into a detached one.
    const body = h("div", { class: "view-body" });
    main.replaceChildren(body);
    performance.mark(`view-${name}-start-${current}`);
    try {
        await module.render(ctx, body, params);
    } catch (e) {
        ctx.fail(e);
    }
    performance.mark(`view-${name}-end-${current}`);
    performance.measure(`view-${name}`, `view-${name}-start-${current}`, `view-${name}-end-${current}`);
    if (current === generation) main.dataset.ready = "true";
}

/** The claims of a JWT, unverified: only to say who is signed in (the service verifies every call). */
function claims(token) {
    try {
        const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
        return JSON.parse(atob(part));
    } catch {
        return null;
    }
}

function showIdentity() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const c = token && claims(token);
    const who = $("who");
    if (!token) {
        who.textContent = "not signed in";
        return;
    }
    if (!c) {
        who.textContent = "token pasted (not a JWT?)";
        return;
    }
    const roles = c.groups || [];
    const expires = c.exp ? new Date(c.exp * 1000).toISOString().slice(0, 16).replace("T", " ") : "?";
    who.textContent = `${c.upn || c.sub} (${roles.join(", ")}) until ${expires} UTC`;
    if (!roles.includes("planner") && !roles.includes("admin")) {
        ctx.notify("This token is not a planner's: most of the page will be refused.", "warn");
    }
}

async function signIn(event) {
    event.preventDefault();
    const token = $("token").value.trim();
    if (!token) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    $("token").value = "";
    ctx.notify("");
    showIdentity();
    await start();
}

function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    ctx.state = { planId: null, plans: [] };
    renderPlanPicker();
    showIdentity();
    route();
}

async function start() {
    try {
        await ctx.refreshPlans();
    } catch (e) {
        ctx.fail(e);
    }
    await route();
}

async function boot() {
    $("login").addEventListener("submit", signIn);
    $("sign-out").addEventListener("click", signOut);
    $("plan").addEventListener("change", (e) => ctx.selectPlan(e.target.value));
    window.addEventListener("hashchange", route);
    showIdentity();
    try {
        ctx.features = await detectFeatures();
    } catch (e) {
        ctx.fail(e);
        return;
    }
    markNav();
    document.body.dataset.features = "ready";
    if (ctx.signedIn()) await start(); else await route();
}

boot();

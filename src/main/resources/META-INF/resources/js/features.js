// Feature detection: which endpoints this service offers, read once from its OpenAPI document, so that the page
// shows what works today and lights up as endpoints land.

/** Every endpoint a view may use, by name: method and path template (path parameters written {}). */
export const ENDPOINTS = Object.freeze({
    nodes: "GET /api/nodes",
    lanes: "GET /api/lanes",
    disruptions: "GET /api/disruptions",
    addDisruption: "POST /api/disruptions",
    shipments: "GET /api/shipments",
    shipment: "GET /api/shipments/{}",
    plans: "GET /api/plans",
    plan: "GET /api/plans/{}",
    solve: "POST /api/plans",
    progress: "GET /api/plans/{}/progress",
    stop: "POST /api/plans/{}/stop",
    publish: "POST /api/plans/{}/publish",
    replan: "POST /api/plans/replan",
    assignments: "GET /api/plans/{}/assignments",
    kpis: "GET /api/plans/{}/kpis",
    manifests: "GET /api/plans/{}/manifests",
    nodeDays: "GET /api/plans/{}/node-days",
    diff: "GET /api/plans/{}/diff",
    explanation: "GET /api/plans/{}/shipments/{}/explanation",
    whatIfs: "GET /api/what-ifs",
    addWhatIf: "POST /api/what-ifs",
    solveWhatIf: "POST /api/what-ifs/{}/solve",
});

const normalise = (path) => path.replace(/\{[^}]*\}/g, "{}").replace(/\/+$/, "");

/** The set of "METHOD /path/{}" an OpenAPI document declares. */
export function operations(openapi) {
    const ops = new Set();
    for (const [path, item] of Object.entries(openapi?.paths || {})) {
        for (const method of Object.keys(item)) {
            if (["get", "post", "put", "patch", "delete"].includes(method)) {
                ops.add(`${method.toUpperCase()} ${normalise(path)}`);
            }
        }
    }
    return ops;
}

/** The enum values the document gives for a query parameter of an operation, or null. */
export function parameterEnum(openapi, endpoint, name) {
    const [method, template] = endpoint.split(" ");
    for (const [path, item] of Object.entries(openapi?.paths || {})) {
        if (normalise(path) !== template) continue;
        const op = item[method.toLowerCase()];
        const p = (op?.parameters || []).find((x) => x.name === name);
        let schema = p?.schema;
        if (schema?.$ref) {
            schema = openapi.components?.schemas?.[schema.$ref.split("/").pop()];
        }
        return schema?.enum || null;
    }
    return null;
}

/** Features of a document: has("plans") etc.; missing(names...) lists the absent endpoints, for a note. */
export function featuresOf(openapi) {
    const ops = operations(openapi);
    const has = (...names) => names.every((n) => ops.has(ENDPOINTS[n]));
    return {
        openapi,
        has,
        missing: (...names) => names.filter((n) => !ops.has(ENDPOINTS[n])).map((n) => ENDPOINTS[n]),
    };
}

/** Reads /q/openapi (JSON) once. */
export async function detectFeatures() {
    const response = await fetch("/q/openapi?format=json", { headers: { Accept: "application/json" } });
    if (!response.ok) {
        throw new Error(`The OpenAPI document could not be read [${response.status}]`);
    }
    return featuresOf(await response.json());
}

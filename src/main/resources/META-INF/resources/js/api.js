// The page's only way to the service: REST calls with the planner's bearer token; every failure becomes an ApiError
// whose message is readable (RFC 7807 problems included).
import { formatProblem } from "./lib/problem.js";
import { nextPage } from "./lib/plans.js";

export class ApiError extends Error {
    constructor(status, problem, message) {
        super(message);
        this.name = "ApiError";
        this.status = status;
        this.problem = problem;
    }
}

/** A client of the service the page comes from; `token()` gives the current bearer token (or ""). */
export function createApi(token, base = "") {
    async function call(method, path, body) {
        const headers = { Accept: "application/json, application/problem+json" };
        const t = token();
        if (t) headers.Authorization = `Bearer ${t}`;
        if (body !== undefined) headers["Content-Type"] = "application/json";
        const response = await fetch(base + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const type = response.headers.get("Content-Type") || "";
        const text = response.status === 204 ? "" : await response.text();
        let data = text;
        if (text && type.includes("json")) {
            data = JSON.parse(text);
        }
        if (!response.ok) {
            throw new ApiError(response.status, typeof data === "object" ? data : null,
                formatProblem(response.status, data));
        }
        return { status: response.status, data, location: response.headers.get("Location"),
            link: response.headers.get("Link"), header: (name) => response.headers.get(name) };
    }
    const api = {
        get: async (path) => (await call("GET", path)).data,
        post: (path, body) => call("POST", path, body),
        put: (path, body) => call("PUT", path, body),
        del: (path) => call("DELETE", path),
        /**
         * Every item of a paged list ({items, page, size, total} and maybe next), page after page, handing each page
         * to `onPage` (which may return false to stop). A string `next` is a cursor (?after=), a number the next page.
         */
        async pages(path, size, onPage, maxPages = 1000) {
            const sep = path.includes("?") ? "&" : "?";
            let at = { page: 0 };
            for (let n = 0; n < maxPages && at; n++) {
                const q = at.after != null ? `after=${encodeURIComponent(at.after)}&size=${size}`
                    : `page=${at.page}&size=${size}`;
                const result = await api.get(`${path}${sep}${q}`);
                const items = Array.isArray(result) ? result : result.items || [];
                if (onPage(items, result) === false) return;
                at = nextPage(result, at.page ?? n);
            }
        },
    };
    return api;
}

/** The id at the end of a Location header (".../api/plans/17" gives "17"). */
export function idFromLocation(location) {
    if (!location) return null;
    const path = location.replace(/[?#].*$/, "").replace(/\/+$/, "");
    return decodeURIComponent(path.slice(path.lastIndexOf("/") + 1));
}

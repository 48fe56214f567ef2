// Turns an HTTP failure into one sentence a planner can read. Pure functions: no DOM.

const STATUS_TEXT = {
    400: "The request is not valid",
    401: "Not signed in, or the token has expired: paste a fresh token",
    403: "Your token's role does not allow this",
    404: "Not found",
    409: "Conflict with the current state",
    413: "Too large",
    422: "Unknown code",
    500: "The service failed",
    502: "The service is unreachable",
    503: "The service is unavailable",
};

/** The readable message of an RFC 7807 problem (or of any error body) answered with HTTP status `status`. */
export function formatProblem(status, body) {
    const problem = body && typeof body === "object" ? body : null;
    const head = problem?.title || STATUS_TEXT[status] || `HTTP ${status}`;
    const parts = [head];
    if (problem?.detail && problem.detail !== head) {
        parts.push(problem.detail);
    }
    const errors = Array.isArray(problem?.errors) ? problem.errors : [];
    const listed = errors.slice(0, 5).map((e) => {
        const where = [e.field, e.line != null ? `line ${e.line}` : null].filter(Boolean).join(", ");
        return where ? `${where}: ${e.reason}` : e.reason;
    });
    if (errors.length > 5) {
        listed.push(`and ${errors.length - 5} more`);
    }
    let text = parts.join(": ");
    if (listed.length) {
        text += ` (${listed.join("; ")})`;
    }
    if (!problem && typeof body === "string" && body.trim() && body.length < 200 && !/<html/i.test(body)) {
        text += `: ${body.trim()}`;
    }
    return `${text} [${status}]`;
}

/** The message of an error thrown while calling the API: a network failure or anything else. */
export function formatError(error) {
    if (error && error.name === "ApiError") {
        return error.message;
    }
    if (error && error.name === "TypeError") {
        return "The service cannot be reached: check that it runs and that the page comes from it";
    }
    return String(error?.message || error);
}

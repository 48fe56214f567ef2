import { test } from "node:test";
import assert from "node:assert/strict";
import { formatProblem, formatError } from "../../main/resources/META-INF/resources/js/lib/problem.js";

test("a validation problem names each field and line", () => {
    const text = formatProblem(400, { type: "https://transit-planner.dev/problems/validation", title: "Invalid request",
        status: 400, detail: "2 problems in the upload; nothing was stored",
        errors: [{ field: "teu", reason: "'many' is not an integer", line: 3 },
            { field: "cargoClass", reason: "'GOLD' is not one of GENERAL, VEHICLES", line: 5 }] });
    assert.equal(text, "Invalid request: 2 problems in the upload; nothing was stored "
        + "(teu, line 3: 'many' is not an integer; cargoClass, line 5: 'GOLD' is not one of GENERAL, VEHICLES) [400]");
});

test("long error lists are cut after five", () => {
    const errors = Array.from({ length: 8 }, (_, i) => ({ field: "f" + i, reason: "bad" }));
    assert.match(formatProblem(400, { title: "Invalid request", errors }), /f4: bad; and 3 more\) \[400\]$/);
});

test("without a problem body the status says what happened", () => {
    assert.equal(formatProblem(401, null), "Not signed in, or the token has expired: paste a fresh token [401]");
    assert.equal(formatProblem(418, ""), "HTTP 418 [418]");
    assert.equal(formatProblem(502, "<html>gateway</html>"), "The service is unreachable [502]");
    assert.equal(formatProblem(500, "database down"), "The service failed: database down [500]");
});

test("a conflict keeps its detail", () => {
    assert.equal(formatProblem(409, { title: "Conflict", detail: "plan 4 is not READY", status: 409 }),
        "Conflict: plan 4 is not READY [409]");
});

test("errors of the page: API errors keep their message, network failures say so", () => {
    const e = new Error("Conflict [409]");
    e.name = "ApiError";
    assert.equal(formatError(e), "Conflict [409]");
    assert.match(formatError(new TypeError("Failed to fetch")), /cannot be reached/);
    assert.equal(formatError("plain"), "plain");
});

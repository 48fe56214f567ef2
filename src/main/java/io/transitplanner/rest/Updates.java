package io.transitplanner.rest;

import io.transitplanner.service.FieldProblem;
import io.transitplanner.service.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** The rules every update (PUT) shares: it names the version it is based on, and a natural key never changes. */
final class Updates {

    private Updates() {}

    /** The version of an update; its absence is a problem of the request. */
    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "is required to update: send the version you read");
        }
        return version;
    }

    /** A code in the body must be the code in the path (codes are keys: delete and create to rename). */
    static long versionAndSameCode(Long version, String bodyCode, String pathCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (bodyCode != null && !bodyCode.equals(pathCode)) {
            problems.add(new FieldProblem(
                    "code", "cannot change from '" + pathCode + "' to '" + bodyCode + "'; codes are permanent"));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "is required to update: send the version you read"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the update is not valid", problems);
        }
        return version;
    }

    /** A code is required when creating. */
    static String requiredCode(String code) {
        if (code == null) {
            throw new InvalidInputException("code", "must not be null");
        }
        return code;
    }
}

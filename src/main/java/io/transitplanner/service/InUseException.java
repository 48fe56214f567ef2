package io.transitplanner.service;

import java.util.List;

/** A record others refer to cannot be deleted; the problems name who uses it. */
public class InUseException extends ConflictException {
    public InUseException(String what, List<String> users) {
        super(
                what + " is in use by " + users.size() + (users.size() == 1 ? " record" : " records")
                        + " and cannot be deleted",
                users.stream().map(u -> new FieldProblem("usedBy", u)).toList());
    }
}

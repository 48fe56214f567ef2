package io.transitplanner.service;

import java.util.List;

/** A replan needs a published plan to start from, and there is none. */
public class NoPublishedPlanException extends ConflictException {
    public NoPublishedPlanException(String message) {
        super(message, List.of());
    }
}

package io.transitplanner.service;

import java.util.List;

/** The caller is known but may not do this (an officer without a nation, or acting for another nation). */
public class AccessDeniedException extends ServiceException {
    public AccessDeniedException(String message) {
        super(message, List.of());
    }
}

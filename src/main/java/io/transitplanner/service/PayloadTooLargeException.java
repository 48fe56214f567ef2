package io.transitplanner.service;

import java.util.List;

/** More rows than one request may carry. */
public class PayloadTooLargeException extends ServiceException {
    public PayloadTooLargeException(String message) {
        super(message, List.of());
    }
}

package io.transitplanner.service;

import java.util.List;

/** Nothing by that key, or nothing the caller may see (another nation's shipment is not found, not forbidden). */
public class RecordNotFoundException extends ServiceException {
    public RecordNotFoundException(String message) {
        super(message, List.of());
    }
}

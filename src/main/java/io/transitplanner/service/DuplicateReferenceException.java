package io.transitplanner.service;

import java.util.List;

/** The nation already stored a shipment under this reference; a retried submission finds it here. */
public class DuplicateReferenceException extends ConflictException {
    private final long existingId;

    public DuplicateReferenceException(String nation, String reference, long existingId) {
        super(
                "shipment reference '" + reference + "' of " + nation + " is already shipment " + existingId,
                List.of(new FieldProblem("reference", "already used by shipment " + existingId)));
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}

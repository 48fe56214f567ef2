package io.transitplanner.solver.justification;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A constraint justification that can say in one sentence why it matched. */
public interface Described extends ConstraintJustification {
    String description();
}

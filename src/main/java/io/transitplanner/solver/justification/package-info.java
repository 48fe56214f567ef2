/** Why a constraint matched, in words a planner reads in a score explanation. */
package io.transitplanner.solver.justification;

/**
 * Answers to a planner's questions about a plan of a scenario (who goes where, how full each departure, node day and
 * quota period is, what each nation and corridor gets, what changed between two plans, and why a shipment is late or
 * left out), computed from the domain records and the verifier's own figures, free of any framework.
 */
package io.transitplanner.review;

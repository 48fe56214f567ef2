/**
 * What operations watch: Prometheus metrics of solves and of the stored shipments and plans, and the log context that
 * ties a solver's log lines to its plan.
 */
package io.transitplanner.observability;

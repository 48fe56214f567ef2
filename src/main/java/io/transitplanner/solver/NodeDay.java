package io.transitplanner.solver;

import java.time.LocalDate;

/** One UTC day at a node with a throughput, and the TEU that may depart from it that day after disruptions. */
public record NodeDay(String node, LocalDate day, int capacityTeu) {}

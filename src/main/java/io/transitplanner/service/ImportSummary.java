package io.transitplanner.service;

/** What a scenario import stored. */
public record ImportSummary(
        String name, int nodes, int lanes, int permissions, int quotas, int disruptions, int shipments) {}

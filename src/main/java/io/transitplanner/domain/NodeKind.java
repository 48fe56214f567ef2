package io.transitplanner.domain;

/** What a node is, for people and maps; no rule depends on it. */
public enum NodeKind {
    BASE,
    AIRFIELD,
    RAIL_TERMINAL,
    BORDER_CROSSING,
    HUB,
    SEAPORT,
    DESTINATION
}

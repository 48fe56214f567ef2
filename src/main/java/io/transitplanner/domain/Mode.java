package io.transitplanner.domain;

/** How a lane carries cargo. */
public enum Mode {
    AIR,
    RAIL,
    ROAD,
    SEA
}

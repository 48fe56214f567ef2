package io.transitplanner.domain;

import java.time.Instant;

/** One shipment's ride on one departure of a lane. */
public record Leg(String lane, Instant departure, Instant arrival) {}

package io.transitplanner.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The TEU departing one node on one UTC day (rule 7 counts departures only, at the node they leave, in the UTC day of
 * the departure; pinned legs count).
 *
 * @param teuLimit that day's throughput, {@code floor(throughputTeuPerDay * f)}; {@code null} for a node without one
 * @param capacityFactor {@code f}, the lowest factor of the node's disruptions overlapping the day (1 when none)
 */
public record NodeDayLoad(String node, LocalDate day, long teuHandled, Long teuLimit, BigDecimal capacityFactor) {}

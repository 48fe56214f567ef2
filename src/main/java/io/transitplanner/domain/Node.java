package io.transitplanner.domain;

/**
 * A place cargo passes through.
 *
 * @param handlingHours minimum hours between arriving at this node and departing from it again
 * @param throughputTeuPerDay most TEU that may depart from this node in one UTC day; {@code null} for unlimited
 * @param note where the numbers come from (optional)
 */
public record Node(
        String code,
        String name,
        String country,
        NodeKind kind,
        double lat,
        double lon,
        int handlingHours,
        Integer throughputTeuPerDay,
        String note) {

    public boolean hasThroughputLimit() {
        return throughputTeuPerDay != null;
    }
}

package io.transitplanner.verify;

/** The rules a plan is checked against, in the order of the contract (section 5, then section 7). */
enum Rule {
    ITINERARY("1", "itinerary from origin to destination"),
    DEPARTURES("2", "legs on departures of their lanes"),
    TIMING("3", "availability and handling times"),
    PERMISSIONS("4", "transit permissions and closures"),
    PINNED("5", "pinned legs kept first"),
    LANE_CAPACITY("6", "lane capacity"),
    NODE_THROUGHPUT("7", "node throughput"),
    QUOTAS("8", "quotas"),
    ONE_ASSIGNMENT("7x", "one assignment per shipment");

    final String id;
    final String title;

    Rule(String id, String title) {
        this.id = id;
        this.title = title;
    }
}

package io.transitplanner.replay;

import java.time.Instant;

/**
 * The published figures of the Canadian drawdown from Kandahar in 2011 that a replay is held against (research
 * notes, canada-2011-facts.md).
 */
public final class History {

    /** Pakistan closed the border on 26 Nov 2011 (Canadian Press 2013; Toronto Star, National Post July 2012). */
    public static final Instant CLOSURE = Instant.parse("2011-11-26T00:00:00Z");

    /** Air loads: 245 CC-177, 62 CC-130J and 184 Antonov, 491 in all (Col. V. Tattersall, insidelogistics.ca). */
    public static final int AIR_LOADS = 491;

    public static final int CC177_LOADS = 245;
    public static final int CC130J_LOADS = 62;
    public static final int ANTONOV_LOADS = 184;

    /** Containers that went by the ground route to Karachi (Canadian Press 2013). */
    public static final int GROUND_CONTAINERS = 632;

    /** Of those, the ones that left Afghanistan before the closure (Canadian Press 2013). */
    public static final int OUT_BEFORE_CLOSURE = 186;

    /** The ones stranded until the reopening in July 2012 (Canadian Press 2013; Toronto Star, National Post). */
    public static final int STRANDED = 446;

    private History() {}
}

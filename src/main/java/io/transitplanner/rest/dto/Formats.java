package io.transitplanner.rest.dto;

/** The patterns of codes and references, shared by the DTOs (the same as the exchange format's). */
public final class Formats {
    public static final String NODE_CODE = "^[A-Z0-9_-]{2,16}$";
    public static final String NODE_CODE_TEXT = "must be a node code of 2-16 characters A-Z, 0-9, _ or -";
    public static final String LANE_CODE = "^[A-Z0-9_-]{2,40}$";
    public static final String LANE_CODE_TEXT = "must be a lane code of 2-40 characters A-Z, 0-9, _ or -";
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String COUNTRY_TEXT = "must be an ISO 3166-1 alpha-2 code such as GB";
    /** A nation's own reference; ':' is left out because an export writes {@code NATION:reference} on a clash. */
    public static final String REFERENCE = "^[A-Za-z0-9._-]{1,64}$";

    public static final String REFERENCE_TEXT = "must be 1-64 characters A-Z, a-z, 0-9, '.', '_' or '-'";
    public static final String DAILY = "^([01]\\d|2[0-3]):[0-5]\\d$";
    public static final String DAILY_TEXT = "must be a time HH:MM (UTC)";
    public static final String WEEKLY = "^(MON|TUE|WED|THU|FRI|SAT|SUN) ([01]\\d|2[0-3]):[0-5]\\d$";
    public static final String WEEKLY_TEXT = "must be a weekly time such as 'MON 06:00' (UTC)";
    /** Sizes well above any real shipment, so that no arithmetic on them can overflow. */
    public static final int MAX_TEU = 10_000;

    public static final String MAX_TONS = "1000000";

    private Formats() {}
}

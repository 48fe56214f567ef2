package io.transitplanner.service;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    /** A logistics officer of one nation: submits and tracks that nation's shipments. */
    public static final String OFFICER = "officer";
    /** Keeps the network and the rules current, sees every nation's shipments, tracks them. */
    public static final String PLANNER = "planner";
    /** Everything a planner does, plus deleting records and importing whole scenarios. */
    public static final String ADMIN = "admin";

    private Roles() {}
}

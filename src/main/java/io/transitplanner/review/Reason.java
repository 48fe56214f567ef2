package io.transitplanner.review;

/**
 * One reason, in a planner's words, naming the rule, the place and the time, such as
 * {@code "TMZ-RIX-RAIL departures full from 02 Sep 13:00 to 14 Sep 08:00 (120/120 TEU)"}.
 */
public record Reason(Binding binding, String text) {}

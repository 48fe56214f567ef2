package io.transitplanner.review;

/**
 * One level of the score in two plans.
 *
 * @param delta {@code after - before}: positive is better
 */
public record ScoreChange(long before, long after, long delta) {
    static ScoreChange of(long before, long after) {
        return new ScoreChange(before, after, after - before);
    }
}

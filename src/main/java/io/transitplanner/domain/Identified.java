package io.transitplanner.domain;

/** A record without a natural key (a permission, quota or disruption): its generated id and its version. */
public record Identified<T>(long id, T value, long version) {}

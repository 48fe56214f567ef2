package io.transitplanner.domain;

/** A record identified by its natural key (a node or lane code), with the version that guards concurrent edits. */
public record Versioned<T>(T value, long version) {}

package io.transitplanner.domain;

import java.util.List;

/** What a scenario says about itself besides its network, rules and shipments. */
public record ScenarioHeader(String name, Horizon horizon, List<String> notes) {
    public ScenarioHeader {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}

package io.transitplanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code transit-planner.*} in application.properties). */
@ConfigMapping(prefix = "transit-planner")
public interface TransitPlannerConfig {

    ScenarioSettings scenario();

    ShipmentSettings shipments();

    interface ScenarioSettings {
        /** The classpath resource {@code POST /api/scenario/default} imports: the NDN network of 2012. */
        @WithDefault("/scenarios/ndn-2012.json")
        String defaultResource();
    }

    interface ShipmentSettings {
        /** Most rows in one bulk upload; a larger upload is refused whole (413). */
        @WithDefault("10000")
        int bulkMaxRows();

        /** Page size of a listing when the caller names none. */
        @WithDefault("50")
        int defaultPageSize();

        /** Largest page a caller may ask for. */
        @WithDefault("500")
        int maxPageSize();
    }
}

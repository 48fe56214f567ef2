package io.transitplanner.rest;

/** Request bodies shown in the API document, in the codes of the default NDN scenario. */
final class ApiExamples {
    static final String SHIPMENT =
            """
            {"reference": "GB-2012-0001", "origin": "BAS", "destination": "HGB", "cargoClass": "GENERAL", "teu": 2,
             "weightTons": 18.5, "availableAt": "2012-09-03T00:00:00Z", "dueAt": "2012-10-15T00:00:00Z", "priority": 3}
            """;

    static final String SHIPMENT_WITH_OFFSETS =
            """
            {"reference": "GB-2012-0002", "origin": "BAS", "destination": "HGB", "cargoClass": "VEHICLES", "teu": 1,
             "weightTons": 11.5, "availableAt": "2012-09-03T04:30:00+04:30", "dueAt": "2012-10-15T01:00:00+01:00",
             "priority": 2}
            """;

    static final String SHIPMENTS =
            """
            [{"reference": "GB-2012-0003", "origin": "BAS", "destination": "HGB", "cargoClass": "GENERAL", "teu": 2,
              "weightTons": 18.5, "availableAt": "2012-09-03T00:00:00Z", "dueAt": "2012-10-15T00:00:00Z", "priority": 3},
             {"reference": "GB-2012-0004", "origin": "BAS", "destination": "HGB", "cargoClass": "VEHICLES", "teu": 1,
              "weightTons": 11.5, "availableAt": "2012-09-04T00:00:00Z", "dueAt": "2012-10-20T00:00:00Z", "priority": 4}]
            """;

    static final String SHIPMENTS_CSV =
            """
            reference,origin,destination,cargoClass,teu,weightTons,availableAt,dueAt,priority
            GB-2012-0005,BAS,HGB,GENERAL,2,18.5,2012-09-03T00:00:00Z,2012-10-15T00:00:00Z,3
            GB-2012-0006,BAS,HGB,VEHICLES,1,11.5,2012-09-03T04:30:00+04:30,2012-10-20T00:00:00Z,4
            """;

    static final String AMENDMENT =
            """
            {"version": 0, "dueAt": "2012-10-20T00:00:00Z", "priority": 2}
            """;

    static final String STATUS_CHANGE = """
            {"status": "IN_TRANSIT", "version": 1}
            """;

    static final String NODE =
            """
            {"code": "ULY", "name": "Ulyanovsk-Vostochny hub", "country": "RU", "kind": "HUB", "lat": 54.4, "lon": 48.8,
             "handlingHours": 12, "throughputTeuPerDay": 120}
            """;

    static final String LANE =
            """
            {"code": "BAG-ULY-AIR", "from": "BAG", "to": "ULY", "mode": "AIR", "transitHours": 6, "capacityTeu": 8,
             "capacityTons": 110, "costPerTeu": 14000, "transits": ["UZ", "KZ"], "schedule": {"weekly": ["MON 06:00",
             "THU 06:00"]}}
            """;

    static final String PERMISSION =
            """
            {"country": "RU", "cargoClasses": ["GENERAL", "VEHICLES"], "modes": ["AIR", "RAIL"],
             "validFrom": "2012-08-01T00:00:00Z"}
            """;

    static final String QUOTA = """
            {"country": "UZ", "period": "WEEK", "maxTeu": 350}
            """;

    static final String DISRUPTION =
            """
            {"node": "TOR", "from": "2012-08-24T00:00:00Z", "to": "2012-08-27T00:00:00Z", "capacityFactor": 0.0,
             "reason": "Border crossing closed"}
            """;

    private ApiExamples() {}
}

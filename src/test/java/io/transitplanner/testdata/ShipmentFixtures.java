package io.transitplanner.testdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Shipment requests on the small scenario's network (OB1, OB2 in AF; HGB in GB; HDE in DE). */
public final class ShipmentFixtures {

    private ShipmentFixtures() {}

    /** A reference no other test uses. */
    public static String uniqueReference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A valid request an officer may send (no nation: his token names it). */
    public static Map<String, Object> aShipment(String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("origin", "OB1");
        body.put("destination", "HGB");
        body.put("cargoClass", "GENERAL");
        body.put("teu", 2);
        body.put("weightTons", 18.5);
        body.put("availableAt", "2012-08-22T00:00:00Z");
        body.put("dueAt", "2012-09-15T00:00:00Z");
        body.put("priority", 3);
        return body;
    }

    public static Map<String, Object> aShipment(String reference, String nation) {
        Map<String, Object> body = aShipment(reference);
        body.put("nation", nation);
        return body;
    }

    /** The CSV line of {@link #aShipment(String)} with the given reference and teu. */
    public static String csvLine(String reference, String teu) {
        return reference + ",OB1,HGB,GENERAL," + teu + ",18.5,2012-08-22T00:00:00Z,2012-09-15T00:00:00Z,3";
    }

    public static final String CSV_HEADER =
            "reference,origin,destination,cargoClass,teu,weightTons,availableAt,dueAt,priority";
}

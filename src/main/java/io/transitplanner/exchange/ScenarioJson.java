package io.transitplanner.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and writes scenarios in the JSON exchange format of the planning contract. */
public final class ScenarioJson {
    static final Pattern NODE_CODE = Pattern.compile("^[A-Z0-9_-]{2,16}$");
    static final Pattern LANE_CODE = Pattern.compile("^[A-Z0-9_-]{2,40}$");
    static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    static final Pattern SHIPMENT_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");
    static final Pattern DAILY = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    static final Pattern WEEKLY = Pattern.compile("^(MON|TUE|WED|THU|FRI|SAT|SUN) ([01]\\d|2[0-3]):[0-5]\\d$");
    static final String CODE_TEXT = "a code of 2-16 characters A-Z, 0-9, _ or -";
    static final String COUNTRY_TEXT = "an ISO 3166-1 alpha-2 country code";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text into a tree, reporting malformed JSON with its line and column. */
    static JsonNode parseTree(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidDocumentException("$", "the document is empty");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidDocumentException("$", "malformed JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    /** Reads a scenario, or throws {@link InvalidDocumentException} listing every fault by JSON path. */
    public static Scenario read(String json) {
        return read(parseTree(json));
    }

    public static Scenario read(JsonNode tree) {
        JsonCursor root = JsonCursor.root(tree);
        if (!root.isObject()) {
            throw new InvalidDocumentException(root.problems());
        }
        Scenario scenario = new Reading(root).scenario();
        if (!root.problems().isEmpty() || scenario == null) {
            throw new InvalidDocumentException(root.problems());
        }
        return scenario;
    }

    /** One reading of one document; checks references once every part is read. */
    private static final class Reading {
        private final JsonCursor root;
        private final Map<String, Node> nodes = new HashMap<>();
        private final Map<String, Lane> lanes = new HashMap<>();
        // Every code declared, even by a faulty node or lane: a reference to it is not "unknown", and the fault is
        // reported once, where it is, rather than at every reference.
        private final Set<String> nodeCodes = new HashSet<>();
        private final Set<String> laneCodes = new HashSet<>();
        private int unreadLegs;
        private final List<String> notes = new ArrayList<>();

        Reading(JsonCursor root) {
            this.root = root;
        }

        Scenario scenario() {
            String name = root.string("name", true);
            if (name != null && (name.isEmpty() || name.length() > 200)) {
                root.fail("name", "must have 1 to 200 characters");
            }
            Horizon horizon = horizon();
            List<Node> nodeList = readList("nodes", true, this::node);
            List<Lane> laneList = readList("lanes", true, this::lane);
            List<Permission> permissions = readList("permissions", true, this::permission);
            List<Quota> quotas = readList("quotas", false, this::quota);
            List<Disruption> disruptions = readList("disruptions", false, this::disruption);
            List<Shipment> shipments = readList("shipments", true, c -> shipment(c, horizon));
            if (root.has("notes")) {
                List<String> read =
                        root.list("notes", false, false, c -> c.asString(Pattern.compile("(?s).*"), "text"));
                if (read != null) {
                    notes.addAll(read);
                }
            }
            if (!root.problems().isEmpty()) {
                return null;
            }
            return new Scenario(name, horizon, nodeList, laneList, permissions, quotas, disruptions, shipments, notes);
        }

        private <T> List<T> readList(
                String field, boolean required, java.util.function.Function<JsonCursor, T> reader) {
            List<T> list = root.list(field, required, false, reader);
            return list == null ? List.of() : list;
        }

        private Horizon horizon() {
            if (!root.has("horizon")) {
                root.fail("horizon", "is required");
                return null;
            }
            JsonCursor c = root.child("horizon");
            if (!c.isObject()) {
                return null;
            }
            Instant start = c.instant("start", true);
            Instant end = c.instant("end", true);
            if (start == null || end == null) {
                return null;
            }
            if (!end.isAfter(start)) {
                c.fail("end", "must be after the start " + start);
                return null;
            }
            return new Horizon(start, end);
        }

        private Node node(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String code = c.string("code", true, NODE_CODE, CODE_TEXT);
            String name = c.string("name", true);
            if (name != null && name.isEmpty()) {
                c.fail("name", "must not be empty");
            }
            String country = c.string("country", true, COUNTRY, COUNTRY_TEXT);
            NodeKind kind = c.enumValue("kind", true, NodeKind.class);
            Double lat = c.number("lat", true, -90, false, 90);
            Double lon = c.number("lon", true, -180, false, 180);
            Integer handling = c.integer("handlingHours", false, 0, Integer.MAX_VALUE);
            Integer throughput = c.integer("throughputTeuPerDay", false, 0, Integer.MAX_VALUE);
            String note = c.string("note", false);
            if (code != null && !nodeCodes.add(code)) {
                c.fail("code", "duplicate node code '" + code + "'");
                return null;
            }
            if (code == null || name == null || country == null || kind == null || lat == null || lon == null) {
                return null;
            }
            if (c.has("handlingHours") && handling == null || c.has("throughputTeuPerDay") && throughput == null) {
                return null;
            }
            Node node =
                    new Node(code, name, country, kind, lat, lon, handling == null ? 0 : handling, throughput, note);
            nodes.put(code, node);
            return node;
        }

        private String nodeRef(JsonCursor c, String field) {
            String code = c.string(field, true);
            if (code != null && !nodeCodes.contains(code)) {
                c.fail(field, "unknown node code '" + code + "'");
                return null;
            }
            return code;
        }

        private Lane lane(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String code = c.string("code", true, LANE_CODE, "a code of 2-40 characters A-Z, 0-9, _ or -");
            String from = nodeRef(c, "from");
            String to = nodeRef(c, "to");
            if (from != null && from.equals(to)) {
                c.fail("to", "must differ from 'from' (both are '" + from + "')");
            }
            Mode mode = c.enumValue("mode", true, Mode.class);
            Integer transit = c.integer("transitHours", true, 1, Integer.MAX_VALUE);
            Integer capacityTeu = c.integer("capacityTeu", true, 1, Integer.MAX_VALUE);
            Double capacityTons = c.number("capacityTons", false, 0, true, Double.MAX_VALUE);
            Integer cost = c.integer("costPerTeu", true, 0, Integer.MAX_VALUE);
            List<String> transits = c.list("transits", false, false, t -> t.asString(COUNTRY, COUNTRY_TEXT));
            Schedule schedule = schedule(c);
            String note = c.string("note", false);
            if (code != null && !laneCodes.add(code)) {
                c.fail("code", "duplicate lane code '" + code + "'");
                return null;
            }
            if (code == null
                    || from == null
                    || to == null
                    || from.equals(to)
                    || mode == null
                    || transit == null
                    || capacityTeu == null
                    || cost == null
                    || schedule == null
                    || (c.has("capacityTons") && capacityTons == null)) {
                return null;
            }
            Lane lane = new Lane(
                    code,
                    from,
                    to,
                    mode,
                    transit,
                    capacityTeu,
                    capacityTons,
                    cost,
                    transits == null ? List.of() : transits,
                    schedule,
                    note);
            lanes.put(code, lane);
            return lane;
        }

        private Schedule schedule(JsonCursor lane) {
            if (!lane.has("schedule")) {
                lane.fail("schedule", "is required");
                return null;
            }
            JsonCursor c = lane.child("schedule");
            if (!c.isObject()) {
                return null;
            }
            List<String> forms = new ArrayList<>();
            for (String form : List.of("daily", "weekly", "at")) {
                if (c.has(form)) {
                    forms.add(form);
                }
            }
            if (forms.size() != 1) {
                c.fail(
                        forms.isEmpty()
                                ? "must have exactly one of daily, weekly or at"
                                : "must have exactly one of daily, weekly or at (has " + String.join(" and ", forms)
                                        + ")");
                return null;
            }
            return switch (forms.get(0)) {
                case "daily" -> {
                    List<LocalTime> times = c.list("daily", true, true, t -> {
                        String text = t.asString(DAILY, "a time HH:MM");
                        return text == null ? null : LocalTime.parse(text);
                    });
                    yield times == null || times.isEmpty() ? null : new Schedule.Daily(times);
                }
                case "weekly" -> {
                    List<WeeklySlot> slots = c.list("weekly", true, true, t -> {
                        String text = t.asString(WEEKLY, "a weekly time such as 'MON 06:00'");
                        return text == null
                                ? null
                                : new WeeklySlot(day(text.substring(0, 3)), LocalTime.parse(text.substring(4)));
                    });
                    yield slots == null || slots.isEmpty() ? null : new Schedule.Weekly(slots);
                }
                default -> {
                    List<Instant> instants = c.list("at", true, true, JsonCursor::asInstant);
                    yield instants == null || instants.isEmpty() ? null : new Schedule.At(instants);
                }
            };
        }

        private static DayOfWeek day(String abbreviation) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(abbreviation)) {
                    return day;
                }
            }
            throw new IllegalStateException(abbreviation);
        }

        private Permission permission(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String country = c.string("country", true, COUNTRY, COUNTRY_TEXT);
            List<CargoClass> classes = c.list("cargoClasses", true, true, t -> t.asEnum(CargoClass.class));
            List<Mode> modes = c.list("modes", false, true, t -> t.asEnum(Mode.class));
            List<String> nations = c.list("nations", false, true, t -> t.asString(COUNTRY, COUNTRY_TEXT));
            Instant validFrom = c.instant("validFrom", false);
            Instant validTo = c.instant("validTo", false);
            String note = c.string("note", false);
            if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
                c.fail("validTo", "must be after validFrom " + validFrom);
                return null;
            }
            if (country == null || classes == null || classes.isEmpty()) {
                return null;
            }
            return new Permission(
                    country,
                    new LinkedHashSet<>(classes),
                    modes == null ? null : new LinkedHashSet<>(modes),
                    nations == null ? null : new LinkedHashSet<>(nations),
                    validFrom,
                    validTo,
                    note);
        }

        private Quota quota(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String country = c.string("country", true, COUNTRY, COUNTRY_TEXT);
            QuotaPeriod period = c.enumValue("period", true, QuotaPeriod.class);
            Integer max = c.integer("maxTeu", true, 0, Integer.MAX_VALUE);
            String nation = c.string("nation", false, COUNTRY, COUNTRY_TEXT);
            CargoClass cargoClass = c.enumValue("cargoClass", false, CargoClass.class);
            String note = c.string("note", false);
            if (country == null || period == null || max == null) {
                return null;
            }
            return new Quota(country, period, max, nation, cargoClass, note);
        }

        private Disruption disruption(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String node = null;
            String lane = null;
            if (c.has("node") == c.has("lane")) {
                c.fail("must name exactly one of node or lane");
            } else if (c.has("node")) {
                node = nodeRef(c, "node");
            } else {
                lane = c.string("lane", true);
                if (lane != null && !laneCodes.contains(lane)) {
                    c.fail("lane", "unknown lane code '" + lane + "'");
                    lane = null;
                }
            }
            Instant from = c.instant("from", true);
            Instant to = c.instant("to", true);
            Double factor = c.number("capacityFactor", true, 0, false, 1);
            String reason = c.string("reason", false);
            if (from != null && to != null && !to.isAfter(from)) {
                c.fail("to", "must be after 'from' " + from);
                return null;
            }
            if ((node == null && lane == null) || from == null || to == null || factor == null) {
                return null;
            }
            return new Disruption(node, lane, from, to, factor, reason);
        }

        private final Set<String> shipmentIds = new HashSet<>();

        private Shipment shipment(JsonCursor c, Horizon horizon) {
            if (!c.isObject()) {
                return null;
            }
            String id = c.string(
                    "id", true, SHIPMENT_ID, "a reference of 1-64 characters A-Z, a-z, 0-9, '.', '_', ':' or '-'");
            String nation = c.string("nation", true, COUNTRY, COUNTRY_TEXT);
            String origin = nodeRef(c, "origin");
            String destination = nodeRef(c, "destination");
            if (origin != null && origin.equals(destination)) {
                c.fail("destination", "must differ from the origin '" + origin + "'");
            }
            CargoClass cargoClass = c.enumValue("cargoClass", true, CargoClass.class);
            Integer teu = c.integer("teu", true, 1, Integer.MAX_VALUE);
            Double weight = c.number("weightTons", true, 0, true, Double.MAX_VALUE);
            Instant available = c.instant("availableAt", true);
            Instant due = c.instant("dueAt", true);
            Integer priority = c.integer("priority", true, 1, 5);
            int unreadBefore = unreadLegs;
            List<Leg> pinned = c.list("pinnedLegs", false, false, this::leg);
            // a faulty leg is left out of the list; checking the chain without it would blame the wrong index
            if (id != null && !shipmentIds.add(id)) {
                c.fail("id", "duplicate shipment id '" + id + "'");
                return null;
            }
            if (pinned != null && origin != null && unreadLegs == unreadBefore) {
                checkPinnedChain(c, origin, pinned);
            }
            if (id == null
                    || nation == null
                    || origin == null
                    || destination == null
                    || origin.equals(destination)
                    || cargoClass == null
                    || teu == null
                    || weight == null
                    || available == null
                    || due == null
                    || priority == null) {
                return null;
            }
            return new Shipment(
                    id, nation, origin, destination, cargoClass, teu, weight, available, due, priority, pinned);
        }

        /** A pinned leg must be a real departure of its lane, and pinned legs must form a chain from the origin. */
        private Leg leg(JsonCursor c) {
            Leg leg = readLeg(c);
            if (leg == null) {
                unreadLegs++;
            }
            return leg;
        }

        private Leg readLeg(JsonCursor c) {
            if (!c.isObject()) {
                return null;
            }
            String laneCode = c.string("lane", true);
            Instant departure = c.instant("departure", true);
            Instant arrival = c.instant("arrival", true);
            Lane lane = laneCode == null ? null : lanes.get(laneCode);
            if (laneCode != null && !laneCodes.contains(laneCode)) {
                c.fail("lane", "unknown lane code '" + laneCode + "'");
                return null;
            }
            if (lane == null || departure == null || arrival == null) {
                return null;
            }
            if (!lane.schedule().names(departure)) {
                c.fail("departure", departure + " is not a departure of lane " + laneCode);
                return null;
            }
            Instant expected = departure.plus(Duration.ofHours(lane.transitHours()));
            if (!arrival.equals(expected)) {
                c.fail("arrival", "must be departure + " + lane.transitHours() + " h = " + expected);
                return null;
            }
            return new Leg(laneCode, departure, arrival);
        }

        private void checkPinnedChain(JsonCursor c, String origin, List<Leg> pinned) {
            String at = origin;
            Instant ready = null;
            for (int i = 0; i < pinned.size(); i++) {
                Lane lane = lanes.get(pinned.get(i).lane());
                if (!lane.from().equals(at)) {
                    c.fail("pinnedLegs[" + i + "]", "leaves " + lane.from() + " but the shipment is at " + at);
                    return;
                }
                if (ready != null && pinned.get(i).departure().isBefore(ready)) {
                    c.fail("pinnedLegs[" + i + "]", "departs before the previous pinned leg arrives");
                    return;
                }
                at = lane.to();
                ready = pinned.get(i).arrival();
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /** Writes a scenario as pretty-printed JSON in the field order of the contract. */
    public static String write(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(toTree(scenario));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toTree(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", s.name());
        ObjectNode horizon = root.putObject("horizon");
        horizon.put("start", s.horizon().start().toString());
        horizon.put("end", s.horizon().end().toString());
        ArrayNode nodes = root.putArray("nodes");
        for (Node n : s.nodes()) {
            ObjectNode o = nodes.addObject();
            o.put("code", n.code());
            o.put("name", n.name());
            o.put("country", n.country());
            o.put("kind", n.kind().name());
            o.put("lat", n.lat());
            o.put("lon", n.lon());
            o.put("handlingHours", n.handlingHours());
            if (n.throughputTeuPerDay() != null) {
                o.put("throughputTeuPerDay", n.throughputTeuPerDay());
            }
            putIfPresent(o, "note", n.note());
        }
        ArrayNode lanes = root.putArray("lanes");
        for (Lane l : s.lanes()) {
            ObjectNode o = lanes.addObject();
            o.put("code", l.code());
            o.put("from", l.from());
            o.put("to", l.to());
            o.put("mode", l.mode().name());
            o.put("transitHours", l.transitHours());
            o.put("capacityTeu", l.capacityTeu());
            if (l.capacityTons() != null) {
                o.put("capacityTons", l.capacityTons());
            }
            o.put("costPerTeu", l.costPerTeu());
            ArrayNode transits = o.putArray("transits");
            l.transits().forEach(transits::add);
            ObjectNode schedule = o.putObject("schedule");
            if (l.schedule() instanceof Schedule.Daily d) {
                ArrayNode times = schedule.putArray("daily");
                d.times().forEach(t -> times.add(t.toString()));
            } else if (l.schedule() instanceof Schedule.Weekly w) {
                ArrayNode slots = schedule.putArray("weekly");
                w.slots().forEach(t -> slots.add(t.text()));
            } else if (l.schedule() instanceof Schedule.At a) {
                ArrayNode instants = schedule.putArray("at");
                a.instants().forEach(t -> instants.add(t.toString()));
            }
            putIfPresent(o, "note", l.note());
        }
        ArrayNode permissions = root.putArray("permissions");
        for (Permission p : s.permissions()) {
            ObjectNode o = permissions.addObject();
            o.put("country", p.country());
            ArrayNode classes = o.putArray("cargoClasses");
            sortedNames(p.cargoClasses()).forEach(classes::add);
            if (p.modes() != null) {
                ArrayNode modes = o.putArray("modes");
                sortedNames(p.modes()).forEach(modes::add);
            }
            if (p.nations() != null) {
                ArrayNode nations = o.putArray("nations");
                p.nations().stream().sorted().forEach(nations::add);
            }
            putIfPresent(o, "validFrom", p.validFrom());
            putIfPresent(o, "validTo", p.validTo());
            putIfPresent(o, "note", p.note());
        }
        ArrayNode quotas = root.putArray("quotas");
        for (Quota q : s.quotas()) {
            ObjectNode o = quotas.addObject();
            o.put("country", q.country());
            o.put("period", q.period().name());
            o.put("maxTeu", q.maxTeu());
            putIfPresent(o, "nation", q.nation());
            putIfPresent(
                    o,
                    "cargoClass",
                    q.cargoClass() == null ? null : q.cargoClass().name());
            putIfPresent(o, "note", q.note());
        }
        ArrayNode disruptions = root.putArray("disruptions");
        for (Disruption d : s.disruptions()) {
            ObjectNode o = disruptions.addObject();
            putIfPresent(o, "node", d.node());
            putIfPresent(o, "lane", d.lane());
            o.put("from", d.from().toString());
            o.put("to", d.to().toString());
            o.put("capacityFactor", d.capacityFactor());
            putIfPresent(o, "reason", d.reason());
        }
        ArrayNode shipments = root.putArray("shipments");
        for (Shipment sh : s.shipments()) {
            ObjectNode o = shipments.addObject();
            o.put("id", sh.id());
            o.put("nation", sh.nation());
            o.put("origin", sh.origin());
            o.put("destination", sh.destination());
            o.put("cargoClass", sh.cargoClass().name());
            o.put("teu", sh.teu());
            o.put("weightTons", sh.weightTons());
            o.put("availableAt", sh.availableAt().toString());
            o.put("dueAt", sh.dueAt().toString());
            o.put("priority", sh.priority());
            if (sh.hasPinnedLegs()) {
                PlanJson.putLegs(o.putArray("pinnedLegs"), sh.pinnedLegs());
            }
        }
        if (!s.notes().isEmpty()) {
            ArrayNode notes = root.putArray("notes");
            s.notes().forEach(notes::add);
        }
        return root;
    }

    private static void putIfPresent(ObjectNode o, String field, Object value) {
        if (value != null) {
            o.put(field, value.toString());
        }
    }

    private static <E extends Enum<E>> List<String> sortedNames(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }
}

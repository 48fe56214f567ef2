package io.transitplanner.testdata;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Small hand-built scenarios and plans for tests: builders with plain defaults ({@code aNode("ORG")},
 * {@code aLane("ORG-HUB", "ORG", "HUB")}, {@code aShipment("S1", "ORG", "DST")}) that a test changes only where
 * its point lies. Instants are written without seconds and zone, always UTC: {@code at("2012-08-06T06:00")}.
 */
public final class Fixtures {

    /** A Monday, so that the default horizon starts an ISO week. */
    public static final Instant START = at("2012-08-06T00:00");

    public static final Instant END = at("2012-09-05T00:00");

    private Fixtures() {}

    public static Instant at(String utcMinutes) {
        return Instant.parse(utcMinutes + ":00Z");
    }

    public static Horizon aHorizon() {
        return new Horizon(START, END);
    }

    // ---------------------------------------------------------------- nodes

    public static NodeBuilder aNode(String code) {
        return new NodeBuilder(code);
    }

    public static final class NodeBuilder {
        private final String code;
        private String country = "AF";
        private NodeKind kind = NodeKind.HUB;
        private int handlingHours;
        private Integer throughput;

        private NodeBuilder(String code) {
            this.code = code;
        }

        public NodeBuilder in(String country) {
            this.country = country;
            return this;
        }

        public NodeBuilder kind(NodeKind kind) {
            this.kind = kind;
            return this;
        }

        public NodeBuilder handlingHours(int hours) {
            this.handlingHours = hours;
            return this;
        }

        public NodeBuilder throughput(Integer teuPerDay) {
            this.throughput = teuPerDay;
            return this;
        }

        public Node build() {
            return new Node(code, "Node " + code, country, kind, 40.0, 60.0, handlingHours, throughput, null);
        }
    }

    // ---------------------------------------------------------------- lanes

    /** A road lane departing daily at 06:00, 10 h long, for 10 TEU at 100 USD per TEU, with no tonnage limit. */
    public static LaneBuilder aLane(String code, String from, String to) {
        return new LaneBuilder(code, from, to);
    }

    public static final class LaneBuilder {
        private final String code;
        private final String from;
        private final String to;
        private Mode mode = Mode.ROAD;
        private int transitHours = 10;
        private int capacityTeu = 10;
        private Double capacityTons;
        private int costPerTeu = 100;
        private List<String> transits = List.of();
        private Schedule schedule = daily("06:00");

        private LaneBuilder(String code, String from, String to) {
            this.code = code;
            this.from = from;
            this.to = to;
        }

        public LaneBuilder mode(Mode mode) {
            this.mode = mode;
            return this;
        }

        public LaneBuilder transitHours(int hours) {
            this.transitHours = hours;
            return this;
        }

        public LaneBuilder capacityTeu(int teu) {
            this.capacityTeu = teu;
            return this;
        }

        public LaneBuilder capacityTons(Double tons) {
            this.capacityTons = tons;
            return this;
        }

        public LaneBuilder costPerTeu(int dollars) {
            this.costPerTeu = dollars;
            return this;
        }

        public LaneBuilder transits(String... countries) {
            this.transits = List.of(countries);
            return this;
        }

        public LaneBuilder schedule(Schedule schedule) {
            this.schedule = schedule;
            return this;
        }

        public Lane build() {
            return new Lane(
                    code,
                    from,
                    to,
                    mode,
                    transitHours,
                    capacityTeu,
                    capacityTons,
                    costPerTeu,
                    transits,
                    schedule,
                    null);
        }
    }

    public static Schedule daily(String... times) {
        return new Schedule.Daily(Arrays.stream(times).map(LocalTime::parse).toList());
    }

    // ---------------------------------------------------------------- rules between nations

    /** Every cargo class, every mode, every nation, at any time. */
    public static Permission openPermission(String country) {
        return new Permission(country, EnumSet.allOf(CargoClass.class), null, null, null, null, null);
    }

    public static Permission aPermission(
            String country,
            Set<CargoClass> classes,
            Set<Mode> modes,
            Set<String> nations,
            Instant validFrom,
            Instant validTo) {
        return new Permission(country, classes, modes, nations, validFrom, validTo, null);
    }

    public static Quota aQuota(String country, QuotaPeriod period, int maxTeu) {
        return new Quota(country, period, maxTeu, null, null, null);
    }

    public static Quota aQuota(String country, QuotaPeriod period, int maxTeu, String nation, CargoClass cargoClass) {
        return new Quota(country, period, maxTeu, nation, cargoClass, null);
    }

    public static Disruption aNodeDisruption(String node, Instant from, Instant to, double factor) {
        return new Disruption(node, null, from, to, factor, "test");
    }

    public static Disruption aLaneDisruption(String lane, Instant from, Instant to, double factor) {
        return new Disruption(null, lane, from, to, factor, "test");
    }

    // ---------------------------------------------------------------- shipments

    /** 1 TEU of 10 t of general cargo of US, priority 3, available at the horizon start, due 4 days later. */
    public static ShipmentBuilder aShipment(String id, String origin, String destination) {
        return new ShipmentBuilder(id, origin, destination);
    }

    public static final class ShipmentBuilder {
        private final String id;
        private final String origin;
        private final String destination;
        private String nation = "US";
        private CargoClass cargoClass = CargoClass.GENERAL;
        private int teu = 1;
        private double weightTons = 10.0;
        private Instant availableAt = START;
        private Instant dueAt = START.plus(Duration.ofDays(4));
        private int priority = 3;
        private List<Leg> pinnedLegs = List.of();

        private ShipmentBuilder(String id, String origin, String destination) {
            this.id = id;
            this.origin = origin;
            this.destination = destination;
        }

        public ShipmentBuilder nation(String nation) {
            this.nation = nation;
            return this;
        }

        public ShipmentBuilder cargoClass(CargoClass cargoClass) {
            this.cargoClass = cargoClass;
            return this;
        }

        public ShipmentBuilder teu(int teu) {
            this.teu = teu;
            return this;
        }

        public ShipmentBuilder weightTons(double tons) {
            this.weightTons = tons;
            return this;
        }

        public ShipmentBuilder availableAt(Instant instant) {
            this.availableAt = instant;
            return this;
        }

        public ShipmentBuilder dueAt(Instant instant) {
            this.dueAt = instant;
            return this;
        }

        public ShipmentBuilder priority(int priority) {
            this.priority = priority;
            return this;
        }

        public ShipmentBuilder pinned(Leg... legs) {
            this.pinnedLegs = List.of(legs);
            return this;
        }

        public Shipment build() {
            return new Shipment(
                    id,
                    nation,
                    origin,
                    destination,
                    cargoClass,
                    teu,
                    weightTons,
                    availableAt,
                    dueAt,
                    priority,
                    pinnedLegs);
        }
    }

    // ---------------------------------------------------------------- scenarios

    public static ScenarioBuilder aScenario() {
        return new ScenarioBuilder();
    }

    public static final class ScenarioBuilder {
        private Horizon horizon = aHorizon();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Lane> lanes = new ArrayList<>();
        private final List<Permission> permissions = new ArrayList<>();
        private final List<Quota> quotas = new ArrayList<>();
        private final List<Disruption> disruptions = new ArrayList<>();
        private final List<Shipment> shipments = new ArrayList<>();

        private ScenarioBuilder() {}

        public ScenarioBuilder horizon(Instant start, Instant end) {
            this.horizon = new Horizon(start, end);
            return this;
        }

        public ScenarioBuilder nodes(NodeBuilder... builders) {
            Arrays.stream(builders).map(NodeBuilder::build).forEach(nodes::add);
            return this;
        }

        public ScenarioBuilder lanes(LaneBuilder... builders) {
            Arrays.stream(builders).map(LaneBuilder::build).forEach(lanes::add);
            return this;
        }

        /** Opens each country to everyone and everything. */
        public ScenarioBuilder openCountries(String... countries) {
            Arrays.stream(countries).map(Fixtures::openPermission).forEach(permissions::add);
            return this;
        }

        public ScenarioBuilder permissions(Permission... more) {
            permissions.addAll(List.of(more));
            return this;
        }

        public ScenarioBuilder quotas(Quota... more) {
            quotas.addAll(List.of(more));
            return this;
        }

        public ScenarioBuilder disruptions(Disruption... more) {
            disruptions.addAll(List.of(more));
            return this;
        }

        public ScenarioBuilder withShipments(Shipment... more) {
            shipments.addAll(List.of(more));
            return this;
        }

        public ScenarioBuilder shipments(ShipmentBuilder... builders) {
            Arrays.stream(builders).map(ShipmentBuilder::build).forEach(shipments::add);
            return this;
        }

        public Scenario build() {
            return new Scenario("test", horizon, nodes, lanes, permissions, quotas, disruptions, shipments, List.of());
        }
    }

    // ---------------------------------------------------------------- plans

    /** A leg on the lane departing then and arriving transitHours later, as rule 2 wants. */
    public static Leg leg(Lane lane, Instant departure) {
        return new Leg(lane.code(), departure, departure.plus(Duration.ofHours(lane.transitHours())));
    }

    public static Leg leg(LaneBuilder lane, Instant departure) {
        return leg(lane.build(), departure);
    }

    public static Assignment assignment(String shipment, Leg... legs) {
        return new Assignment(shipment, List.of(legs));
    }

    /** A plan claiming a zero score, which the verifier ignores. */
    public static Plan aPlan(Assignment... assignments) {
        return new Plan("test", new PlanScore(0, 0, 0), List.of(assignments));
    }
}

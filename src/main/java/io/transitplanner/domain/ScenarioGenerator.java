package io.transitplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Makes larger variants of a scenario: the same network and rules with any number of random shipments in the
 * style of the base scenario's own shipments. The same base, count and seed always give the same scenario.
 *
 * <p>Everything a generated shipment looks like is learnt from the base shipments rather than fixed here, so
 * the generator works on any base that has shipments: a generated shipment copies the nation, origin and cargo
 * class of a randomly drawn base shipment (so the mix of nations, bases and classes follows the base), goes to
 * the home destination of its nation (the destination the base uses most for that nation), and draws its TEU,
 * tonnes per TEU and priority from what the base has for that class, and its delivery window from the base's
 * windows.
 */
public final class ScenarioGenerator {

    private ScenarioGenerator() {}

    /** Days of every sized scenario's horizon, from the base horizon's start. */
    public static final int SIZED_HORIZON_DAYS = 90;

    /**
     * Shipments whose demand the base network's capacities are sized for over a {@link #SIZED_HORIZON_DAYS}-day
     * horizon: a sized scenario of N shipments scales every capacity by N / this. Set so that the baseline rule
     * (earliest due date first) plans about nine in ten shipments (measured with {@code bench/solver-scale.sh}).
     */
    static final int SHIPMENTS_PER_BASE_CAPACITY = 4_500;

    /**
     * The named scenario sizes: shipments, feeder bases added in Afghanistan (forward operating bases trucking to a
     * main base) and departures per scheduled departure of the base (a daily train becomes two or four trains).
     */
    public enum Size {
        S(200, 0, 1),
        M(2_000, 4, 1),
        L(10_000, 10, 2),
        XL(50_000, 20, 4);

        private final int shipments;
        private final int feeders;
        private final int departureMultiplier;

        Size(int shipments, int feeders, int departureMultiplier) {
            this.shipments = shipments;
            this.feeders = feeders;
            this.departureMultiplier = departureMultiplier;
        }

        public int shipments() {
            return shipments;
        }

        public int feeders() {
            return feeders;
        }

        public int departureMultiplier() {
            return departureMultiplier;
        }

        /** The size named {@code S}, {@code M}, {@code L} or {@code XL} (any case). */
        public static Size of(String name) {
            for (Size size : values()) {
                if (size.name().equalsIgnoreCase(name.trim())) {
                    return size;
                }
            }
            throw new IllegalArgumentException("size must be one of S, M, L, XL, was '" + name + "'");
        }
    }

    /**
     * A scenario of the named size on a network grown from the base: a {@value #SIZED_HORIZON_DAYS}-day horizon from
     * the base's start; the size's feeder bases, each a forward base trucking daily to one of the base's origin
     * bases; every departure of the base repeated {@code departureMultiplier} times a day or week; every capacity
     * (departure TEU and tonnes, node throughput, quotas) scaled by shipments / {@value #SHIPMENTS_PER_BASE_CAPACITY}
     * and shared among the repeated departures, never below the largest shipment; and the size's number of shipments
     * in the style of the base (a third of those of a base with feeders leave from one of its feeders), released over
     * the first two thirds of the horizon so that most can be home by its end. The same base, size and seed always
     * give the same scenario.
     */
    public static Scenario sized(Scenario base, Size size, long seed) {
        if (base.shipments().isEmpty()) {
            throw new IllegalArgumentException(
                    "the base scenario '" + base.name() + "' has no shipments to take the style of new ones from");
        }
        Instant start = base.horizon().start();
        Horizon horizon = new Horizon(start, start.plus(Duration.ofDays(SIZED_HORIZON_DAYS)));
        double scale = (double) size.shipments() / SHIPMENTS_PER_BASE_CAPACITY;
        int multiplier = size.departureMultiplier();
        int largest = base.shipments().stream().mapToInt(Shipment::teu).max().orElse(1);
        SplittableRandom random = new SplittableRandom(seed);

        List<Node> nodes = new ArrayList<>();
        for (Node n : base.nodes()) {
            nodes.add(new Node(
                    n.code(),
                    n.name(),
                    n.country(),
                    n.kind(),
                    n.lat(),
                    n.lon(),
                    n.handlingHours(),
                    n.throughputTeuPerDay() == null ? null : scaled(n.throughputTeuPerDay(), scale, largest),
                    n.note()));
        }
        List<Lane> lanes = new ArrayList<>();
        for (Lane l : base.lanes()) {
            int teu = scaled(l.capacityTeu(), scale / multiplier, largest);
            Double tons = l.capacityTons() == null ? null : Math.ceil(l.capacityTons() * teu / l.capacityTeu());
            lanes.add(new Lane(
                    l.code(),
                    l.from(),
                    l.to(),
                    l.mode(),
                    l.transitHours(),
                    teu,
                    tons,
                    l.costPerTeu(),
                    l.transits(),
                    repeated(l.schedule(), multiplier),
                    l.note()));
        }
        // feeders: forward bases of the origin bases the base's shipments leave from, in a fixed order
        List<String> origins = base.shipments().stream()
                .map(Shipment::origin)
                .distinct()
                .sorted()
                .toList();
        Map<String, Node> byCode = new LinkedHashMap<>();
        nodes.forEach(n -> byCode.put(n.code(), n));
        Map<String, List<String>> feedersOf = new LinkedHashMap<>();
        for (int i = 0; i < size.feeders(); i++) {
            Node parent = byCode.get(origins.get(i % origins.size()));
            String code = "FOB-" + parent.code() + "-" + (i / origins.size() + 1);
            double angle = 2 * Math.PI * i / Math.max(1, size.feeders());
            nodes.add(new Node(
                    code,
                    "Forward base " + (i / origins.size() + 1) + " of " + parent.name(),
                    parent.country(),
                    NodeKind.BASE,
                    parent.lat() + 0.4 * Math.sin(angle),
                    parent.lon() + 0.4 * Math.cos(angle),
                    12,
                    scaled(40, scale, largest),
                    "[approx] generated feeder base: a forward operating base trucking its cargo to its main base."));
            List<LocalTime> times = new ArrayList<>();
            for (int j = 0; j < multiplier; j++) {
                times.add(LocalTime.of((6 + j * 24 / multiplier) % 24, 0));
            }
            int teu = scaled(20, scale / multiplier, largest);
            lanes.add(new Lane(
                    code + "-" + parent.code() + "-ROAD",
                    code,
                    parent.code(),
                    Mode.ROAD,
                    8 + (i % 3) * 4,
                    teu,
                    teu * 22.0,
                    2,
                    List.of(),
                    new Schedule.Daily(times),
                    "[approx] generated feeder road to the main base."));
            feedersOf.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(code);
        }
        List<Quota> quotas = base.quotas().stream()
                .map(q -> new Quota(
                        q.country(),
                        q.period(),
                        scaled(q.maxTeu(), scale, largest),
                        q.nation(),
                        q.cargoClass(),
                        q.note()))
                .toList();

        Style style = Style.of(base);
        long horizonHours = SIZED_HORIZON_DAYS * 24L;
        long releaseHours = horizonHours * 2 / 3;
        List<Shipment> shipments = new ArrayList<>(size.shipments());
        for (int i = 1; i <= size.shipments(); i++) {
            Shipment drawn = style.shipment(random, id(i));
            List<String> feeders = feedersOf.getOrDefault(drawn.origin(), List.of());
            String origin = drawn.origin();
            if (!feeders.isEmpty() && random.nextInt(3) == 0) {
                origin = feeders.get(random.nextInt(feeders.size()));
            }
            long window = Math.min(
                    Duration.between(drawn.availableAt(), drawn.dueAt()).toHours(), horizonHours);
            Instant availableAt = start.plus(Duration.ofHours(random.nextLong(releaseHours)));
            Instant dueAt = availableAt.plus(Duration.ofHours(window));
            if (dueAt.isAfter(horizon.end())) {
                dueAt = horizon.end();
            }
            shipments.add(new Shipment(
                    drawn.id(),
                    drawn.nation(),
                    origin,
                    drawn.destination(),
                    drawn.cargoClass(),
                    drawn.teu(),
                    drawn.weightTons(),
                    availableAt,
                    dueAt,
                    drawn.priority(),
                    List.of()));
        }
        List<String> notes = new ArrayList<>(base.notes());
        notes.add("Size " + size + " (" + size.shipments() + " shipments, seed " + seed + ") generated from '"
                + base.name() + "': " + SIZED_HORIZON_DAYS + "-day horizon, " + size.feeders() + " feeder bases, "
                + multiplier + "x departures, capacities x " + String.format(Locale.ROOT, "%.3f", scale)
                + " shared among repeated departures.");
        return new Scenario(
                name(base.name() + "-" + size.name().toLowerCase(Locale.ROOT), size.shipments(), seed),
                horizon,
                nodes,
                lanes,
                base.permissions(),
                quotas,
                base.disruptions(),
                shipments,
                notes);
    }

    /** {@code round(value x scale)}, never below {@code floor} (the largest shipment must fit somewhere). */
    private static int scaled(int value, double scale, int floor) {
        return (int) Math.max(floor, Math.round(value * scale));
    }

    /** The schedule with each departure repeated {@code times} times, evenly over the day (daily) or week (weekly). */
    private static Schedule repeated(Schedule schedule, int times) {
        if (times == 1) {
            return schedule;
        }
        if (schedule instanceof Schedule.Daily d) {
            TreeSet<LocalTime> all = new TreeSet<>();
            for (LocalTime t : d.times()) {
                for (int j = 0; j < times; j++) {
                    all.add(t.plusMinutes(
                            j * 24L * 60 / times / Math.max(1, d.times().size())));
                }
            }
            return new Schedule.Daily(List.copyOf(all));
        }
        if (schedule instanceof Schedule.Weekly w) {
            Set<WeeklySlot> all = new LinkedHashSet<>();
            for (WeeklySlot slot : w.slots()) {
                for (int j = 0; j < times; j++) {
                    all.add(new WeeklySlot(slot.day().plus(j), slot.time()));
                }
            }
            return new Schedule.Weekly(List.copyOf(all));
        }
        return schedule;
    }

    /**
     * A copy of {@code base} whose shipments are {@code shipments} new ones with ids {@code GEN-000001} onwards,
     * available and due inside the base horizon.
     *
     * @throws IllegalArgumentException when {@code shipments} is negative or the base has no shipments to follow
     */
    public static Scenario generate(Scenario base, int shipments, long seed) {
        if (shipments < 0) {
            throw new IllegalArgumentException("the number of shipments must not be negative, was " + shipments);
        }
        if (base.shipments().isEmpty()) {
            throw new IllegalArgumentException(
                    "the base scenario '" + base.name() + "' has no shipments to take the style of new ones from");
        }
        Style style = Style.of(base);
        SplittableRandom random = new SplittableRandom(seed);
        List<Shipment> generated = new ArrayList<>(shipments);
        for (int i = 1; i <= shipments; i++) {
            generated.add(style.shipment(random, id(i)));
        }
        List<String> notes = new ArrayList<>(base.notes());
        notes.add(shipments + " shipments generated with seed " + seed + " in the style of the shipments of '"
                + base.name() + "'; network, rules and disruptions unchanged.");
        return new Scenario(
                name(base.name(), shipments, seed),
                base.horizon(),
                base.nodes(),
                base.lanes(),
                base.permissions(),
                base.quotas(),
                base.disruptions(),
                generated,
                notes);
    }

    /** {@code GEN-000001}: zero-padded so that ids sort in the order they were made. */
    static String id(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 6 ? "GEN-" + digits : "GEN-" + "000000".substring(digits.length()) + digits;
    }

    private static String name(String baseName, int shipments, long seed) {
        String suffix = "-gen" + shipments + "-seed" + seed;
        // the exchange format allows names of up to 200 characters
        String stem =
                baseName.length() + suffix.length() > 200 ? baseName.substring(0, 200 - suffix.length()) : baseName;
        return stem + suffix;
    }

    /** What the base shipments look like, flattened into arrays so that drawing 50,000 shipments stays cheap. */
    private static final class Style {
        private final Instant start;
        private final long horizonHours;
        private final Shipment[] templates;
        private final Map<String, String> homeOf;
        private final Map<CargoClass, int[]> teuOf;
        private final Map<CargoClass, int[]> priorityOf;
        private final Map<CargoClass, double[]> tonsPerTeuRangeOf;
        private final long[] windowHours;

        private Style(Scenario base) {
            List<Shipment> shipments = base.shipments();
            start = base.horizon().start();
            horizonHours =
                    Math.max(1, Duration.between(start, base.horizon().end()).toHours());
            templates = shipments.toArray(new Shipment[0]);
            homeOf = homes(shipments);
            teuOf = new EnumMap<>(CargoClass.class);
            priorityOf = new EnumMap<>(CargoClass.class);
            tonsPerTeuRangeOf = new EnumMap<>(CargoClass.class);
            for (CargoClass cargoClass : CargoClass.values()) {
                List<Shipment> ofClass = shipments.stream()
                        .filter(s -> s.cargoClass() == cargoClass)
                        .toList();
                if (ofClass.isEmpty()) {
                    continue;
                }
                teuOf.put(cargoClass, ofClass.stream().mapToInt(Shipment::teu).toArray());
                priorityOf.put(
                        cargoClass,
                        ofClass.stream().mapToInt(Shipment::priority).toArray());
                double[] perTeu = ofClass.stream()
                        .mapToDouble(s -> s.weightTons() / s.teu())
                        .toArray();
                double low = Double.MAX_VALUE;
                double high = 0;
                for (double tons : perTeu) {
                    low = Math.min(low, tons);
                    high = Math.max(high, tons);
                }
                tonsPerTeuRangeOf.put(cargoClass, new double[] {low, high});
            }
            // a window the horizon cannot hold is kept to the horizon, so availableAt and dueAt both fit inside it
            windowHours = shipments.stream()
                    .mapToLong(s -> Duration.between(s.availableAt(), s.dueAt()).toHours())
                    .map(h -> Math.min(Math.max(h, 1), horizonHours))
                    .toArray();
        }

        static Style of(Scenario base) {
            return new Style(base);
        }

        /** The home of a nation is the destination its base shipments use most; ties go to the one seen first. */
        private static Map<String, String> homes(List<Shipment> shipments) {
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            for (Shipment s : shipments) {
                counts.computeIfAbsent(s.nation(), n -> new LinkedHashMap<>()).merge(s.destination(), 1, Integer::sum);
            }
            Map<String, String> homes = new LinkedHashMap<>();
            counts.forEach((nation, byDestination) -> {
                String home = null;
                int best = 0;
                for (Map.Entry<String, Integer> e : byDestination.entrySet()) {
                    if (e.getValue() > best) {
                        home = e.getKey();
                        best = e.getValue();
                    }
                }
                homes.put(nation, home);
            });
            return homes;
        }

        Shipment shipment(SplittableRandom random, String id) {
            Shipment template = templates[random.nextInt(templates.length)];
            CargoClass cargoClass = template.cargoClass();
            String destination = homeOf.get(template.nation());
            if (destination.equals(template.origin())) {
                // a base where a nation also ships from its home node: keep that template's own destination
                destination = template.destination();
            }
            int teu = pick(random, teuOf.get(cargoClass));
            double[] range = tonsPerTeuRangeOf.get(cargoClass);
            double tonsPerTeu = range[0] == range[1] ? range[0] : random.nextDouble(range[0], range[1]);
            // whole tenths of a tonne, as a manifest would give them, and never zero
            double weight = Math.max(0.1, Math.round(teu * tonsPerTeu * 10.0) / 10.0);
            int priority = pick(random, priorityOf.get(cargoClass));
            long window = windowHours[random.nextInt(windowHours.length)];
            Instant availableAt = start.plus(Duration.ofHours(random.nextLong(horizonHours - window + 1)));
            Instant dueAt = availableAt.plus(Duration.ofHours(window));
            return new Shipment(
                    id,
                    template.nation(),
                    template.origin(),
                    destination,
                    cargoClass,
                    teu,
                    weight,
                    availableAt,
                    dueAt,
                    priority,
                    List.of());
        }

        private static int pick(SplittableRandom random, int[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}

package io.transitplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

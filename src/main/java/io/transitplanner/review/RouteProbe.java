package io.transitplanner.review;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Shipment;
import io.transitplanner.verify.Loads;
import io.transitplanner.verify.Network;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tries routes for one shipment against the rules and against the plan's loads without the shipment's own: on each
 * lane it takes the first departure that breaks no rule and still has room (rules 2 to 4 and 6 to 8), which gives the
 * earliest arrival on that route, and says what held it back where a departure was refused.
 */
final class RouteProbe {

    /** Where the shipment stands before its first free choice: after its pinned legs, or at its origin. */
    record Start(String node, Instant ready, Lane previous, Set<String> visited) {}

    record Outcome(RouteVerdict verdict, List<Leg> legs, Instant eta, List<Reason> reasons) {}

    /** Why one departure is refused; departures refused for the same key in a row make one reason. */
    private record Block(
            Binding binding, String key, String subject, long used, long limit, String unit, Object period) {}

    private final Network network;
    private final RouteIndex index;
    private final Map<String, List<Permission>> permissions;
    private final Loads loads;
    private final Loads own;
    private final Shipment shipment;
    private final BigDecimal tonnes;
    private final Instant horizonEnd;

    RouteProbe(
            Network network,
            RouteIndex index,
            Map<String, List<Permission>> permissions,
            Loads loads,
            Loads own,
            Shipment shipment) {
        this.network = network;
        this.index = index;
        this.permissions = permissions;
        this.loads = loads;
        this.own = own;
        this.shipment = shipment;
        this.tonnes = BigDecimal.valueOf(shipment.weightTons());
        this.horizonEnd = network.scenario().horizon().end();
    }

    /** The route's verdict: the rules that remove it whatever the timing, or else its earliest open timing. */
    Outcome probe(List<Lane> route, Start start) {
        Set<Reason> ruledOut = new LinkedHashSet<>();
        for (Lane lane : route) {
            ruledOut.addAll(staticReasons(lane));
        }
        if (!ruledOut.isEmpty()) {
            return new Outcome(RouteVerdict.RULED_OUT, List.of(), null, List.copyOf(ruledOut));
        }
        return walk(route, start, true);
    }

    /** The earliest arrival the timetables and handling times allow on the route, ignoring rules and loads. */
    Instant earliestByTimetable(List<Lane> route, Start start) {
        return walk(route, start, false).eta();
    }

    private Outcome walk(List<Lane> route, Start start, boolean checked) {
        Set<Reason> reasons = new LinkedHashSet<>();
        List<Leg> legs = new ArrayList<>();
        Instant ready = start.ready();
        Lane previous = start.previous();
        for (Lane lane : route) {
            List<Instant> departures = index.departures(lane);
            List<Instant> refused = new ArrayList<>();
            List<Block> blocks = new ArrayList<>();
            Instant taken = null;
            for (int i = index.firstAtOrAfter(lane, ready); i < departures.size(); i++) {
                Instant departure = departures.get(i);
                Block block = checked ? block(lane, previous, departure) : null;
                if (block == null) {
                    taken = departure;
                    break;
                }
                refused.add(departure);
                blocks.add(block);
            }
            reasons.addAll(windows(lane, refused, blocks));
            if (taken == null) {
                RouteVerdict verdict;
                if (refused.isEmpty()) {
                    verdict = RouteVerdict.TOO_LATE;
                    reasons.add(new Reason(
                            Binding.HORIZON,
                            "after " + place(lane.from()) + " from " + Words.at(ready) + ", no " + lane.code()
                                    + " departure arrives before the horizon ends on " + Words.at(horizonEnd)));
                } else {
                    boolean capacity = blocks.stream()
                            .anyMatch(b -> b.binding() == Binding.LANE_CAPACITY
                                    || b.binding() == Binding.NODE_THROUGHPUT
                                    || b.binding() == Binding.QUOTA);
                    verdict = capacity ? RouteVerdict.FULL : RouteVerdict.RULED_OUT;
                }
                return new Outcome(verdict, List.of(), null, List.copyOf(reasons));
            }
            Instant arrival = taken.plus(Duration.ofHours(lane.transitHours()));
            legs.add(new Leg(lane.code(), taken, arrival));
            ready = arrival.plus(Duration.ofHours(network.handlingHours(lane.to())));
            previous = lane;
        }
        Instant eta = legs.isEmpty() ? null : legs.get(legs.size() - 1).arrival();
        return new Outcome(RouteVerdict.FEASIBLE, legs, eta, List.copyOf(reasons));
    }

    // ---------------------------------------------------------------- rules that hold whatever the timing

    /** Rule 4 by country, class, mode and nation, rule 6 against the shipment alone, and a lane with no departure. */
    List<Reason> staticReasons(Lane lane) {
        List<Reason> reasons = new ArrayList<>();
        if (index.departures(lane).isEmpty()) {
            reasons.add(new Reason(Binding.SCHEDULE, lane.code() + " has no departure inside the horizon"));
        }
        if (shipment.teu() > lane.capacityTeu()) {
            reasons.add(new Reason(
                    Binding.LANE_SIZE,
                    lane.code() + " carries at most " + lane.capacityTeu() + " TEU a departure: " + shipment.id()
                            + " is " + shipment.teu() + " TEU"));
        }
        if (lane.capacityTons() != null && tonnes.compareTo(BigDecimal.valueOf(lane.capacityTons())) > 0) {
            reasons.add(new Reason(
                    Binding.LANE_SIZE,
                    lane.code() + " carries at most " + plain(BigDecimal.valueOf(lane.capacityTons()))
                            + " t a departure: " + shipment.id() + " weighs " + plain(tonnes) + " t"));
        }
        for (String country : network.countriesOf(lane)) {
            String refusal = neverPermitted(country, lane);
            if (refusal != null) {
                reasons.add(new Reason(Binding.PERMISSION, refusal));
            }
        }
        return reasons;
    }

    /**
     * Why no permission of the country can ever let the shipment use the lane, narrowing the country's permissions by
     * the lane's mode, then the cargo class, then the nation; null when some permission matches all three.
     */
    private String neverPermitted(String country, Lane lane) {
        List<Permission> all = permissions.getOrDefault(country, List.of());
        if (all.isEmpty()) {
            return country + " grants no transit permission: no cargo may use " + lane.code();
        }
        List<Permission> byMode = all.stream()
                .filter(p -> p.modes() == null || p.modes().contains(lane.mode()))
                .toList();
        if (byMode.isEmpty()) {
            Set<Object> modes = new TreeSet<>();
            all.forEach(p -> modes.addAll(p.modes()));
            return country + " permits transit by " + Words.and(modes) + " only: " + lane.mode() + " lane "
                    + lane.code() + " cannot carry " + shipment.cargoClass();
        }
        List<Permission> byClass = byMode.stream()
                .filter(p -> p.cargoClasses().contains(shipment.cargoClass()))
                .toList();
        if (byClass.isEmpty()) {
            Set<Object> classes = new TreeSet<>();
            byMode.forEach(p -> classes.addAll(p.cargoClasses()));
            String by = byMode.size() < all.size() ? " by " + lane.mode() : "";
            return country + " permits " + Words.and(classes) + " only" + by + ": " + shipment.cargoClass()
                    + " cannot use " + lane.code();
        }
        List<Permission> byNation = byClass.stream()
                .filter(p -> p.nations() == null || p.nations().contains(shipment.nation()))
                .toList();
        if (byNation.isEmpty()) {
            Set<String> nations = new TreeSet<>();
            byClass.forEach(p -> nations.addAll(p.nations()));
            return country + " permits " + shipment.cargoClass() + " by " + lane.mode() + " for " + Words.and(nations)
                    + " only: " + shipment.nation() + " cannot use " + lane.code();
        }
        return null;
    }

    // ---------------------------------------------------------------- one departure

    /** The first rule a departure breaks for this shipment, given the others' loads; null when it is open. */
    private Block block(Lane lane, Lane previous, Instant departure) {
        for (String country : network.countriesOf(lane)) {
            if (!network.permitted(shipment, lane, country, departure)) {
                return new Block(Binding.PERMISSION, "permission " + country, validity(country, lane), 0, 0, "", null);
            }
        }
        Disruption leaving = network.closureAt(lane.from(), departure);
        if (leaving != null) {
            return new Block(
                    Binding.CLOSURE,
                    "closed " + lane.from() + leaving.from(),
                    closure(leaving) + ": " + lane.code() + " departures %s cannot leave it",
                    0,
                    0,
                    "",
                    null);
        }
        Instant arrival = departure.plus(Duration.ofHours(lane.transitHours()));
        Disruption arriving = network.closureAt(lane.to(), arrival);
        if (arriving != null) {
            return new Block(
                    Binding.CLOSURE,
                    "closed " + lane.to() + arriving.from(),
                    closure(arriving) + ": " + lane.code() + " departures %s cannot arrive there",
                    0,
                    0,
                    "",
                    null);
        }
        long capacityTeu = network.laneCapacityTeu(lane, departure);
        long usedTeu = loads.lane(lane.code(), departure).teu()
                - own.lane(lane.code(), departure).teu();
        if (usedTeu + shipment.teu() > capacityTeu) {
            return new Block(
                    Binding.LANE_CAPACITY,
                    "lane " + lane.code() + capacityTeu,
                    lane.code(),
                    usedTeu,
                    capacityTeu,
                    "TEU",
                    null);
        }
        BigDecimal capacityTonnes = network.laneCapacityTonnes(lane, departure);
        if (capacityTonnes != null) {
            BigDecimal usedTonnes = loads.lane(lane.code(), departure)
                    .tonnes()
                    .subtract(own.lane(lane.code(), departure).tonnes());
            if (usedTonnes.add(tonnes).compareTo(capacityTonnes) > 0) {
                return new Block(
                        Binding.LANE_CAPACITY,
                        "tonnes " + lane.code() + capacityTonnes,
                        lane.code() + " (" + plain(usedTonnes) + "/" + plain(capacityTonnes) + " t, " + shipment.id()
                                + " weighs " + plain(tonnes) + " t)",
                        0,
                        0,
                        "t",
                        null);
            }
        }
        LocalDate day = Network.day(departure);
        Long throughput = network.nodeThroughput(lane.from(), day);
        if (throughput != null) {
            long used = loads.nodeDay(lane.from(), day) - own.nodeDay(lane.from(), day);
            if (used + shipment.teu() > throughput) {
                return new Block(
                        Binding.NODE_THROUGHPUT,
                        "node " + lane.from() + throughput,
                        place(lane.from()),
                        used,
                        throughput,
                        "TEU a day",
                        day);
            }
        }
        List<Quota> quotas = network.scenario().quotas();
        if (!quotas.isEmpty()) {
            for (String country : network.countriesEntered(shipment, previous, lane)) {
                for (int q = 0; q < quotas.size(); q++) {
                    Quota quota = quotas.get(q);
                    if (!quota.country().equals(country) || !Network.counts(quota, shipment)) {
                        continue;
                    }
                    Instant periodStart = quota.period().periodStart(departure);
                    long used = loads.quotaPeriod(q, periodStart) - own.quotaPeriod(q, periodStart);
                    if (used + shipment.teu() > quota.maxTeu()) {
                        return new Block(
                                Binding.QUOTA,
                                "quota " + q,
                                quotaName(quota),
                                used,
                                quota.maxTeu(),
                                "TEU",
                                periodStart);
                    }
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- words

    /** Departures refused in a row for the same reason become one reason, with the first and the last of them. */
    private List<Reason> windows(Lane lane, List<Instant> refused, List<Block> blocks) {
        List<Reason> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j + 1 < blocks.size()
                    && blocks.get(j + 1).key().equals(blocks.get(i).key())) {
                j++;
            }
            out.add(window(lane, refused.get(i), refused.get(j), blocks.subList(i, j + 1)));
            i = j + 1;
        }
        return out;
    }

    private Reason window(Lane lane, Instant first, Instant last, List<Block> run) {
        Block b = run.get(0);
        String departures =
                lane.code() + (first.equals(last) ? " departure " : " departures ") + Words.span(first, last);
        String text =
                switch (b.binding()) {
                    case PERMISSION -> b.subject() + ": " + departures + " fall outside it";
                    case CLOSURE -> String.format(b.subject(), Words.span(first, last));
                    case LANE_CAPACITY -> "t".equals(b.unit())
                            ? lane.code() + (first.equals(last) ? " departure " : " departures ") + "full "
                                    + Words.span(first, last) + " by weight: " + b.subject()
                            : lane.code() + (first.equals(last) ? " departure " : " departures ") + "full "
                                    + Words.span(first, last) + " (" + used(run) + ")";
                    case NODE_THROUGHPUT -> b.subject() + " throughput full "
                            + days((LocalDate) b.period(), (LocalDate)
                                    run.get(run.size() - 1).period()) + " ("
                            + used(run) + "): no room for " + departures;
                    case QUOTA -> b.subject() + " full " + periods(run) + " (" + used(run) + "): " + departures
                            + " would enter it";
                    default -> b.subject() + ": " + departures;
                };
        return new Reason(b.binding(), text);
    }

    /** {@code 120/120 TEU}, or {@code 118 to 120 of 120 TEU} when the loads differ, and what the shipment needs. */
    private String used(List<Block> run) {
        long min = run.stream().mapToLong(Block::used).min().orElse(0);
        long max = run.stream().mapToLong(Block::used).max().orElse(0);
        Block b = run.get(0);
        String text = min == max
                ? max + "/" + b.limit() + " " + b.unit()
                : min + " to " + max + " of " + b.limit() + " " + b.unit();
        return max < b.limit() ? text + ", " + shipment.id() + " needs " + shipment.teu() : text;
    }

    private static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? "on " + Words.day(first) : "from " + Words.day(first) + " to " + Words.day(last);
    }

    private String periods(List<Block> run) {
        Instant first = (Instant) run.get(0).period();
        Instant last = (Instant) run.get(run.size() - 1).period();
        String unit = run.get(0).subject().startsWith("weekly") ? "week" : "month";
        return first.equals(last)
                ? "in the " + unit + " from " + Words.day(first)
                : "in the " + unit + "s from " + Words.day(first) + " to " + Words.day(last);
    }

    private String quotaName(Quota quota) {
        String scope = (quota.nation() == null ? "" : " " + quota.nation())
                + (quota.cargoClass() == null ? "" : " " + quota.cargoClass());
        return (quota.period() == QuotaPeriod.WEEK ? "weekly" : "monthly") + " quota of " + quota.maxTeu() + " TEU"
                + scope + " into " + quota.country();
    }

    private String closure(Disruption d) {
        String why = d.reason() == null || d.reason().isBlank() ? "" : " (" + d.reason() + ")";
        return place(d.node()) + " closed from " + Words.at(d.from()) + " to " + Words.at(d.to()) + why;
    }

    /** When the permissions of the country that fit this class, mode and nation hold. */
    private String validity(String country, Lane lane) {
        List<String> windows = new ArrayList<>();
        for (Permission p : permissions.getOrDefault(country, List.of())) {
            if (p.cargoClasses().contains(shipment.cargoClass())
                    && (p.modes() == null || p.modes().contains(lane.mode()))
                    && (p.nations() == null || p.nations().contains(shipment.nation()))) {
                if (p.validFrom() != null && p.validTo() != null) {
                    windows.add("from " + Words.at(p.validFrom()) + " to " + Words.at(p.validTo()));
                } else if (p.validFrom() != null) {
                    windows.add("from " + Words.at(p.validFrom()));
                } else if (p.validTo() != null) {
                    windows.add("until " + Words.at(p.validTo()));
                }
            }
        }
        return country + " permits " + shipment.cargoClass() + " by " + lane.mode() + " only "
                + String.join(" or ", windows);
    }

    private String place(String node) {
        return Words.place(network.node(node), node);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

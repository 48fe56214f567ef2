package io.transitplanner.review;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.verify.Inspection;
import io.transitplanner.verify.Loads;
import io.transitplanner.verify.Network;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Trip;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says why a shipment of a plan is where it is, in a planner's words.
 *
 * <ul>
 *   <li>on time: a short confirmation;
 *   <li>late: why its own route could not arrive earlier (the earlier departures that were full, closed or not
 *       permitted), and what removed each route whose timetables would arrive earlier;
 *   <li>unplanned (or stopped after its pinned legs): every possible route from where it stands (each simple path of
 *       lanes up to the solver's leg limit), each classified {@link RouteVerdict#RULED_OUT}, {@link RouteVerdict#FULL},
 *       {@link RouteVerdict#TOO_LATE} or {@link RouteVerdict#FEASIBLE}, with its reasons.
 * </ul>
 *
 * Loads are the plan's, as the verifier computes them, without the shipment's own legs: the question is whether
 * <em>this</em> shipment would fit beside the others. One explainer indexes a plan once and answers for any number of
 * shipments.
 */
public final class ShipmentExplainer {
    /** The most routes an explanation lists; the counts in its summary cover all of them. */
    public static final int LISTED_ROUTES = 100;

    private final Inspection inspection;
    private final Assessed assessed;
    private final RouteIndex index;
    private final Map<String, List<Permission>> permissions = new HashMap<>();

    ShipmentExplainer(Scenario scenario, Inspection inspection, Assessed assessed) {
        this.inspection = inspection;
        this.assessed = assessed;
        this.index = new RouteIndex(scenario);
        for (Permission p : scenario.permissions()) {
            permissions.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
        }
    }

    /** An explainer of the plan, which indexes it once for any number of questions. */
    public static ShipmentExplainer of(Scenario scenario, Plan plan) {
        Inspection inspection = PlanVerifier.inspect(scenario, plan);
        return new ShipmentExplainer(scenario, inspection, Assessed.of(inspection));
    }

    /** Why this shipment of the plan is where it is. */
    public static Explanation explain(Scenario scenario, Plan plan, String shipmentId) {
        return of(scenario, plan).explain(shipmentId);
    }

    /**
     * Why this shipment is where it is.
     *
     * @throws UnknownShipmentException when the scenario has no shipment of that id
     */
    public Explanation explain(String shipmentId) {
        ShipmentAssignment assignment = shipmentId == null ? null : assessed.get(shipmentId);
        if (assignment == null) {
            throw new UnknownShipmentException(shipmentId);
        }
        Trip trip = assessed.trip(shipmentId);
        Network network = inspection.network();
        RouteProbe probe = new RouteProbe(
                network, index, permissions, inspection.loads(), Loads.of(network, List.of(trip)), trip.shipment());
        return switch (assignment.status()) {
            case PLANNED -> onTime(assignment, trip);
            case LATE -> late(assignment, trip, probe);
            case UNPLANNED, PINNED_ONLY -> unplanned(assignment, trip, probe);
        };
    }

    // ---------------------------------------------------------------- the three answers

    private Explanation onTime(ShipmentAssignment a, Trip trip) {
        Shipment s = trip.shipment();
        long early = Words.hoursBetween(a.eta(), a.dueAt());
        String text = "on time: arrives at " + place(s.destination()) + " on " + Words.at(a.eta()) + ", "
                + Words.hours(early) + " before its due date " + Words.at(a.dueAt()) + ", via "
                + path(s.origin(), lanesOf(trip.legs()));
        return new Explanation(
                s.id(),
                a.status(),
                a,
                s.id() + " is " + text + ".",
                List.of(new Reason(Binding.NONE, text)),
                List.of(),
                0);
    }

    private Explanation late(ShipmentAssignment a, Trip trip, RouteProbe probe) {
        Shipment s = trip.shipment();
        RouteProbe.Start start = start(trip);
        int pinned = s.pinnedLegs().size();
        List<Lane> ownRoute = lanesOf(trip.legs()
                .subList(Math.min(pinned, trip.legs().size()), trip.legs().size()));
        Set<Reason> reasons = new LinkedHashSet<>();
        RouteProbe.Outcome own = probe.probe(ownRoute, start);
        String ownPath = path(start.node(), ownRoute);
        String ownVerdict;
        if (own.verdict() == RouteVerdict.FEASIBLE && own.eta().isBefore(a.eta())) {
            ownVerdict = "an earlier timing on its own route was open";
            reasons.add(new Reason(
                    Binding.NONE,
                    "an earlier timing on its own route " + ownPath + " was open beside the other shipments: "
                            + timing(own.legs()) + ", arriving " + Words.at(own.eta())));
        } else {
            reasons.addAll(own.reasons());
            if (own.reasons().isEmpty()) {
                ownVerdict = "its route cannot arrive earlier";
                reasons.add(new Reason(
                        Binding.SCHEDULE,
                        "its route " + ownPath + " arrives " + Words.at(a.eta())
                                + " at the earliest: the timetables and handling times allow no earlier arrival"));
            } else {
                ownVerdict = "earlier departures on its route were refused";
            }
        }
        List<RouteOption> faster = new ArrayList<>();
        for (List<Lane> route : index.routes(start.node(), s.destination(), start.visited())) {
            if (route.equals(ownRoute)) {
                continue;
            }
            Instant earliest = probe.earliestByTimetable(route, start);
            if (earliest != null && earliest.isBefore(a.eta())) {
                faster.add(option(probe, route, start, earliest));
            }
        }
        for (RouteOption option : faster) {
            if (option.verdict() == RouteVerdict.FEASIBLE && option.eta().isBefore(a.eta())) {
                reasons.add(new Reason(
                        Binding.NONE,
                        "route " + option.path() + " was open beside the other shipments and would arrive "
                                + Words.at(option.eta())));
            } else {
                reasons.addAll(option.reasons());
            }
        }
        String summary = s.id() + " arrives " + Words.hours(a.latenessHours()) + " late at " + place(s.destination())
                + " on " + Words.at(a.eta()) + " (due " + Words.at(a.dueAt()) + "): " + ownVerdict
                + (faster.isEmpty()
                        ? "; no other route's timetables arrive earlier."
                        : "; " + counts(faster) + " of the " + faster.size()
                                + " other routes whose timetables arrive earlier.");
        return new Explanation(s.id(), a.status(), a, summary, List.copyOf(reasons), listed(faster), faster.size());
    }

    private Explanation unplanned(ShipmentAssignment a, Trip trip, RouteProbe probe) {
        Shipment s = trip.shipment();
        RouteProbe.Start start = start(trip);
        List<List<Lane>> routes = index.routes(start.node(), s.destination(), start.visited());
        String who = s.id() + " (" + s.nation() + " " + s.cargoClass() + ", " + s.teu() + " TEU) is "
                + (a.status() == AssignmentStatus.PINNED_ONLY ? "unplanned after its pinned legs" : "unplanned");
        if (routes.isEmpty()) {
            String text = "no chain of up to " + RouteIndex.MAX_LEGS + " lanes links " + place(start.node()) + " to "
                    + place(s.destination());
            return new Explanation(
                    s.id(),
                    a.status(),
                    a,
                    who + ": " + text + ".",
                    List.of(new Reason(Binding.NETWORK, text)),
                    List.of(),
                    0);
        }
        List<RouteOption> options = new ArrayList<>(routes.size());
        for (List<Lane> route : routes) {
            options.add(option(probe, route, start, probe.earliestByTimetable(route, start)));
        }
        Set<Reason> reasons = new LinkedHashSet<>();
        RouteOption bestOpen = null;
        for (RouteOption option : options) {
            reasons.addAll(option.reasons());
            if (option.verdict() == RouteVerdict.FEASIBLE
                    && (bestOpen == null || option.eta().isBefore(bestOpen.eta()))) {
                bestOpen = option;
            }
        }
        String from = " from " + start.node() + " to " + s.destination();
        String summary = bestOpen == null
                ? who + ": none of its " + routes.size() + " routes" + from + " is open (" + counts(options) + ")."
                : who + " although " + count(options, RouteVerdict.FEASIBLE) + " of its " + routes.size() + " routes"
                        + from + " were open beside the other shipments (" + counts(options) + "); the earliest, "
                        + bestOpen.path() + ", would arrive " + Words.at(bestOpen.eta()) + ".";
        return new Explanation(s.id(), a.status(), a, summary, List.copyOf(reasons), listed(options), routes.size());
    }

    // ---------------------------------------------------------------- helpers

    private RouteOption option(RouteProbe probe, List<Lane> route, RouteProbe.Start start, Instant earliest) {
        RouteProbe.Outcome outcome = probe.probe(route, start);
        List<Reason> reasons = new ArrayList<>(outcome.reasons());
        String path = path(start.node(), route);
        if (outcome.verdict() == RouteVerdict.FEASIBLE) {
            reasons.add(new Reason(
                    Binding.NONE,
                    "route " + path + " was open: " + timing(outcome.legs()) + ", arriving "
                            + Words.at(outcome.eta())));
        }
        return new RouteOption(
                route.stream().map(Lane::code).toList(),
                path,
                outcome.verdict(),
                reasons,
                earliest,
                outcome.legs(),
                outcome.eta());
    }

    /** Where the shipment stands: after its pinned legs (the first after them obeys rule 3), or at its origin. */
    private RouteProbe.Start start(Trip trip) {
        Shipment s = trip.shipment();
        Network network = inspection.network();
        Set<String> visited = new LinkedHashSet<>();
        visited.add(s.origin());
        String node = s.origin();
        Instant ready = s.availableAt();
        Lane previous = null;
        for (Leg leg : s.pinnedLegs()) {
            Lane lane = network.lane(leg.lane());
            if (lane == null) {
                continue;
            }
            node = lane.to();
            visited.add(node);
            previous = lane;
            Instant afterHandling = leg.arrival().plus(Duration.ofHours(network.handlingHours(node)));
            ready = afterHandling.isAfter(ready) ? afterHandling : ready;
        }
        return new RouteProbe.Start(node, ready, previous, visited);
    }

    private List<Lane> lanesOf(List<Leg> legs) {
        List<Lane> lanes = new ArrayList<>(legs.size());
        for (Leg leg : legs) {
            Lane lane = inspection.network().lane(leg.lane());
            if (lane != null) {
                lanes.add(lane);
            }
        }
        return lanes;
    }

    private static String path(String start, List<Lane> route) {
        StringBuilder text = new StringBuilder(start);
        for (Lane lane : route) {
            text.append(" > ").append(lane.to());
        }
        return text.toString();
    }

    private static String timing(List<Leg> legs) {
        return legs.isEmpty() ? "no legs" : "departing " + Words.at(legs.get(0).departure());
    }

    private String place(String node) {
        return Words.place(inspection.network().node(node), node);
    }

    private static int count(List<RouteOption> options, RouteVerdict verdict) {
        return (int) options.stream().filter(o -> o.verdict() == verdict).count();
    }

    /** {@code 3 ruled out, 1 full, 1 open}: only the verdicts that occur. */
    private static String counts(List<RouteOption> options) {
        Map<RouteVerdict, Integer> counts = new EnumMap<>(RouteVerdict.class);
        options.forEach(o -> counts.merge(o.verdict(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, n) -> parts.add(n + " "
                + switch (verdict) {
                    case RULED_OUT -> "ruled out";
                    case FULL -> "full";
                    case TOO_LATE -> "too late";
                    case FEASIBLE -> "open";
                }));
        return String.join(", ", parts);
    }

    private static List<RouteOption> listed(List<RouteOption> options) {
        return options.stream()
                .sorted(Comparator.comparing(
                                RouteOption::earliestEta, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(RouteOption::path)
                        .thenComparing(o -> String.join(",", o.lanes())))
                .limit(LISTED_ROUTES)
                .toList();
    }
}

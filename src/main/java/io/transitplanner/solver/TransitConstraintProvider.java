package io.transitplanner.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import io.transitplanner.domain.Permission;
import io.transitplanner.solver.justification.ClosedNode;
import io.transitplanner.solver.justification.DepartureOverloaded;
import io.transitplanner.solver.justification.ItineraryBroken;
import io.transitplanner.solver.justification.Lateness;
import io.transitplanner.solver.justification.NotPermitted;
import io.transitplanner.solver.justification.QuotaExceeded;
import io.transitplanner.solver.justification.ThroughputExceeded;
import io.transitplanner.solver.justification.TransportCost;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The planning contract as constraint streams: every rule of section 5 is a hard constraint (an itinerary rule
 * costs 1 per broken rule, a capacity rule the TEU or tonnes over), lateness is the medium score in weighted TEU-hours
 * and cost the soft score in US dollars, exactly as section 6 defines them.
 */
public class TransitConstraintProvider implements ConstraintProvider {

    public static final String CONNECTED_ITINERARY = "Itinerary connects origin to destination (rule 1)";
    public static final String SCHEDULED_DEPARTURE = "Legs take scheduled departures (rule 2)";
    public static final String HANDLING_TIME = "Legs wait for availability and handling (rule 3)";
    public static final String TRANSIT_PERMISSION = "Every country of a leg permits it (rule 4)";
    public static final String CLOSED_NODE = "No leg uses a closed node (rule 4)";
    public static final String PINNED_LEGS = "Pinned legs are kept (rule 5)";
    public static final String DEPARTURE_TEU = "Departure TEU capacity (rule 6)";
    public static final String DEPARTURE_TONNES = "Departure tonnage capacity (rule 6)";
    public static final String NODE_THROUGHPUT = "Daily node throughput (rule 7)";
    public static final String QUOTA = "Country entry quota (rule 8)";
    public static final String LATENESS = "Priority-weighted lateness";
    public static final String TRANSPORT_COST = "Transport cost";

    private static final HardMediumSoftLongScore ONE_HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final long GRAMS_PER_TONNE = 1_000_000L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            connectedItinerary(factory),
            scheduledDepartures(factory),
            handlingTime(factory),
            transitPermission(factory),
            closedNode(factory),
            pinnedLegsKept(factory),
            departureTeuCapacity(factory),
            departureTonnageCapacity(factory),
            nodeThroughput(factory),
            quota(factory),
            lateness(factory),
            transportCost(factory)
        };
    }

    // Rule 1: the legs run from the origin to the destination (or stop after the pinned legs), no node twice.
    Constraint connectedItinerary(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> !ItineraryRules.connected(s.getItinerary()))
                .penalizeLong(ONE_HARD, s -> 1L)
                .justifyWith((s, score) -> new ItineraryBroken(
                        s.getId(),
                        "1",
                        "its legs do not form a path from " + s.getShipment().origin() + " to "
                                + s.getShipment().destination()))
                .asConstraint(CONNECTED_ITINERARY);
    }

    // Rule 2: every chosen leg departs at a departure of its lane inside the horizon and arrives transitHours later.
    Constraint scheduledDepartures(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> ItineraryRules.offSchedule(s.getItinerary()) > 0)
                .penalizeLong(ONE_HARD, s -> ItineraryRules.offSchedule(s.getItinerary()))
                .justifyWith(
                        (s, score) -> new ItineraryBroken(
                                s.getId(),
                                "2",
                                "a leg is not a scheduled departure of its lane in the horizon, or arrives off its transit time"))
                .asConstraint(SCHEDULED_DEPARTURE);
    }

    // Rule 3: no departure before the shipment is available, nor before the previous arrival plus handling.
    Constraint handlingTime(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> ItineraryRules.tooEarly(s.getItinerary()) > 0)
                .penalizeLong(ONE_HARD, s -> ItineraryRules.tooEarly(s.getItinerary()))
                .justifyWith((s, score) -> new ItineraryBroken(
                        s.getId(), "3", "a leg departs before the cargo is available or handled at the node"))
                .asConstraint(HANDLING_TIME);
    }

    // Rule 4: every country of a chosen leg has a permission for its cargo class, mode and nation at departure.
    Constraint transitPermission(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().chosenLegCountries())
                .ifNotExists(
                        Permission.class,
                        Joiners.equal(LegCountry::country, Permission::country),
                        Joiners.filtering(LegCountry::allowedBy))
                .penalizeLong(ONE_HARD, leg -> 1L)
                .justifyWith((leg, score) -> new NotPermitted(
                        leg.shipment(),
                        leg.lane(),
                        leg.country(),
                        leg.nation(),
                        leg.cargoClass(),
                        leg.mode(),
                        leg.departure()))
                .asConstraint(TRANSIT_PERMISSION);
    }

    // Rule 4: no chosen leg departs from or arrives at a node inside one of its closures.
    Constraint closedNode(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().legs())
                .filter(leg -> !leg.pinned())
                .join(NodeClosure.class, Joiners.filtering((leg, c) -> usesDuring(leg, c)))
                .penalizeLong(ONE_HARD, (leg, c) -> 1L)
                .justifyWith((leg, c, score) -> new ClosedNode(
                        leg.shipment(),
                        leg.lane().code(),
                        c.node(),
                        c.node().equals(leg.fromNode()) && c.covers(leg.departure()) ? leg.departure() : leg.arrival(),
                        c.from(),
                        c.to()))
                .asConstraint(CLOSED_NODE);
    }

    private static boolean usesDuring(LegUse leg, NodeClosure closure) {
        return (closure.node().equals(leg.fromNode()) && closure.covers(leg.departure()))
                || (closure.node().equals(leg.toNode()) && closure.covers(leg.arrival()));
    }

    // Rule 5: a shipment's pinned legs are its first legs, unchanged.
    Constraint pinnedLegsKept(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> !ItineraryRules.keepsPinnedLegs(s.getItinerary()))
                .penalizeLong(ONE_HARD, s -> 1L)
                .justifyWith((s, score) -> new ItineraryBroken(s.getId(), "5", "its pinned legs are not kept"))
                .asConstraint(PINNED_LEGS);
    }

    // Rule 6: the TEU on one departure stay within its capacity (after disruptions); penalty in TEU over.
    Constraint departureTeuCapacity(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().legs())
                .groupBy(LegUse::slot, sum(LegUse::teu))
                .filter((slot, teu) -> teu > slot.capacityTeu())
                .penalizeLong(ONE_HARD, (slot, teu) -> teu - slot.capacityTeu())
                .justifyWith((slot, teu, score) ->
                        new DepartureOverloaded(slot.lane(), slot.departure(), "TEU", teu, slot.capacityTeu()))
                .asConstraint(DEPARTURE_TEU);
    }

    // Rule 6: the tonnes on one departure stay within its capacity (after disruptions); penalty in tonnes over.
    Constraint departureTonnageCapacity(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().legs())
                .filter(leg -> leg.slot().limitsWeight())
                .groupBy(LegUse::slot, sumLong(LegUse::grams))
                .filter((slot, grams) -> grams > slot.capacityGrams())
                .penalizeLong(ONE_HARD, (slot, grams) -> ceilDiv(grams - slot.capacityGrams(), GRAMS_PER_TONNE))
                .justifyWith((slot, grams, score) -> new DepartureOverloaded(
                        slot.lane(),
                        slot.departure(),
                        "tonnes",
                        ceilDiv(grams, GRAMS_PER_TONNE),
                        slot.capacityGrams() / GRAMS_PER_TONNE))
                .asConstraint(DEPARTURE_TONNES);
    }

    // Rule 7: the TEU departing a node in one UTC day stay within that day's throughput; penalty in TEU over.
    Constraint nodeThroughput(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().legs())
                .filter(leg -> leg.fromDay() != null)
                .groupBy(LegUse::fromDay, sum(LegUse::teu))
                .filter((day, teu) -> teu > day.capacityTeu())
                .penalizeLong(ONE_HARD, (day, teu) -> teu - day.capacityTeu())
                .justifyWith((day, teu, score) -> new ThroughputExceeded(day.node(), day.day(), teu, day.capacityTeu()))
                .asConstraint(NODE_THROUGHPUT);
    }

    // Rule 8: the TEU entering a country in one week or month stay within each matching quota; penalty in TEU over.
    Constraint quota(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .flattenLast(s -> s.getItinerary().quotaEntries())
                .groupBy(QuotaEntry::slot, sum(QuotaEntry::teu))
                .filter((slot, teu) -> teu > slot.quota().maxTeu())
                .penalizeLong(ONE_HARD, (slot, teu) -> teu - slot.quota().maxTeu())
                .justifyWith((slot, teu, score) -> new QuotaExceeded(
                        slot.quota().country(),
                        slot.quota().period().name(),
                        slot.periodStart(),
                        teu,
                        slot.quota().maxTeu()))
                .asConstraint(QUOTA);
    }

    // Medium: priority weight x TEU x hours late; an undelivered shipment counts as a week after the horizon.
    Constraint lateness(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> s.getItinerary().weightedLateness() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, s -> s.getItinerary()
                        .weightedLateness())
                .justifyWith((s, score) -> new Lateness(
                        s.getId(),
                        s.getShipment().priority(),
                        s.getShipment().teu(),
                        s.getShipment().dueAt(),
                        s.getItinerary().eta(),
                        s.getItinerary().weightedLateness()))
                .asConstraint(LATENESS);
    }

    // Soft: TEU x cost per TEU over every leg, pinned legs included, in US dollars.
    Constraint transportCost(ConstraintFactory factory) {
        return factory.forEach(PlannedShipment.class)
                .filter(s -> s.getItinerary().cost() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_SOFT, s -> s.getItinerary().cost())
                .justifyWith((s, score) -> new TransportCost(
                        s.getId(),
                        s.getShipment().teu(),
                        s.getItinerary().legs().size(),
                        s.getItinerary().cost()))
                .asConstraint(TRANSPORT_COST);
    }

    private static long ceilDiv(long value, long divisor) {
        return -Math.floorDiv(-value, divisor);
    }
}

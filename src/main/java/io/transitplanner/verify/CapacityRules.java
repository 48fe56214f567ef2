package io.transitplanner.verify;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Quota;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Rules 6 to 8 of the contract (section 5): what all shipments together put on a lane departure, a node's day and
 * a country's quota period, checked on the {@link Loads} of the plan. Pinned legs count like any other. Tonnes and capacity factors are decimals so that a
 * load of 60.0 t against 60 t, or 100 TEU at factor 0.29, compare as written rather than as binary fractions.
 */
final class CapacityRules {
    private final Network network;
    private final List<Violation> violations;

    CapacityRules(Network network, List<Violation> violations) {
        this.network = network;
        this.violations = violations;
    }

    void check(Loads loads) {
        checkLanes(loads);
        checkNodes(loads);
        checkQuotas(loads);
    }

    /** Rule 6: TEU and tonnes on each lane departure, against the lane's capacity lowered by its disruptions. */
    private void checkLanes(Loads loads) {
        loads.laneDepartures().forEach((at, load) -> {
            Lane lane = network.lane(at.lane());
            BigDecimal factor = network.laneFactor(lane.code(), at.departure());
            long capacityTeu = network.laneCapacityTeu(lane, at.departure());
            int shipments = load.shipments().size();
            String where = "lane " + lane.code() + " departing " + at.departure();
            String disrupted =
                    factor.compareTo(BigDecimal.ONE) < 0 ? " (lowered to " + factor.toPlainString() + ")" : "";
            if (load.teu() > capacityTeu) {
                add(
                        Rule.LANE_CAPACITY,
                        where + " carries " + load.teu() + " TEU of " + shipments + " shipments, capacity "
                                + capacityTeu + " TEU" + disrupted,
                        load.teu() - capacityTeu);
            }
            BigDecimal capacityTonnes = network.laneCapacityTonnes(lane, at.departure());
            if (capacityTonnes != null) {
                BigDecimal over = load.tonnes().subtract(capacityTonnes);
                if (over.signum() > 0) {
                    add(
                            Rule.LANE_CAPACITY,
                            where + " carries " + load.tonnes().toPlainString() + " t of "
                                    + shipments + " shipments, capacity "
                                    + capacityTonnes.stripTrailingZeros().toPlainString()
                                    + " t" + disrupted,
                            over.setScale(0, RoundingMode.CEILING).longValueExact());
                }
            }
        });
    }

    /** Rule 7: TEU departing each node with a throughput in each UTC day, against that day's throughput. */
    private void checkNodes(Loads loads) {
        loads.nodeDays().forEach((at, teu) -> {
            Long throughput = network.nodeThroughput(at.node(), at.day());
            if (throughput != null && teu > throughput) {
                BigDecimal factor = network.nodeFactor(at.node(), at.day());
                String disrupted =
                        factor.compareTo(BigDecimal.ONE) < 0 ? " (lowered to " + factor.toPlainString() + ")" : "";
                add(
                        Rule.NODE_THROUGHPUT,
                        "node " + at.node() + " on " + at.day() + ": " + teu + " TEU depart, throughput " + throughput
                                + " TEU" + disrupted,
                        teu - throughput);
            }
        });
    }

    /**
     * Rule 8: TEU entering each quota's country in each period. A shipment enters country c on leg i when c is a
     * country of leg i and either i is its first leg and c is not the origin's country, or c is not a country of
     * leg i-1; the entry counts in the period holding leg i's departure.
     */
    private void checkQuotas(Loads loads) {
        List<Quota> quotas = network.scenario().quotas();
        loads.quotaPeriods().forEach((at, teu) -> {
            Quota quota = quotas.get(at.quota());
            if (teu > quota.maxTeu()) {
                String scope = (quota.nation() == null ? "" : " of " + quota.nation())
                        + (quota.cargoClass() == null ? "" : " " + quota.cargoClass());
                add(
                        Rule.QUOTAS,
                        quota.period() + " quota" + scope + " into " + quota.country() + " from " + at.periodStart()
                                + ": " + teu + " TEU enter, at most " + quota.maxTeu(),
                        teu - quota.maxTeu());
            }
        });
    }

    private void add(Rule rule, String message, long magnitude) {
        violations.add(new Violation(rule.id, null, message, magnitude));
    }
}

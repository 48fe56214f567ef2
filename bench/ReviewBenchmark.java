import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.review.AssignmentStatus;
import io.transitplanner.review.Explanation;
import io.transitplanner.review.PlanReview;
import io.transitplanner.review.ShipmentAssignment;
import io.transitplanner.review.ShipmentExplainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times PlanReview.of and explanations on one scenario and plan: {@code java -cp APP ReviewBenchmark.java SCENARIO
 * PLAN RUNS}. Prints the median of RUNS timed runs (after two untimed ones) of: the review, a cold explanation
 * (ShipmentExplainer.explain, which indexes the plan itself) and a warm one (through the review's index), for one
 * shipment of each status the plan has.
 */
public final class ReviewBenchmark {
    public static void main(String[] args) throws Exception {
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of(args[0])));
        Plan plan = PlanJson.read(Files.readString(Path.of(args[1])));
        int runs = Integer.parseInt(args[2]);
        PlanReview first = PlanReview.of(scenario, plan);
        System.out.printf("shipments %d, manifests %d, node days %d, quota periods %d, score %s%n",
                first.assignments().size(), first.manifests().size(), first.nodeDays().size(),
                first.quotaPeriods().size(), first.totals().score());
        System.out.printf("%-34s %10s%n", "measure", "median_ms");
        report("PlanReview.of", runs, () -> PlanReview.of(scenario, plan));
        for (AssignmentStatus status : AssignmentStatus.values()) {
            ShipmentAssignment sample = first.assignments().stream()
                    .filter(a -> a.status() == status)
                    .findFirst()
                    .orElse(null);
            if (sample == null) {
                continue;
            }
            String id = sample.shipmentId();
            Explanation e = first.explain(id);
            System.out.printf("  %s %s: %d routes, %d reasons: %s%n", status, id, e.routesFound(),
                    e.reasons().size(), e.summary());
            report("explain cold " + status, runs, () -> ShipmentExplainer.explain(scenario, plan, id));
            report("explain warm " + status, runs, () -> first.explain(id));
        }
    }

    private static void report(String label, int runs, Supplier<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            long start = System.nanoTime();
            Object result = work.get();
            long nanos = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException();
            }
            if (i >= 2) {
                times.add(nanos / 1e6);
            }
        }
        Collections.sort(times);
        double median = times.size() % 2 == 1
                ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        System.out.printf("%-34s %10.2f%n", label, median);
    }
}

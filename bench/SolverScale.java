import io.transitplanner.cli.Scenarios;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Replan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.solver.BaselinePlanner;
import io.transitplanner.solver.CandidateBuilder;
import io.transitplanner.solver.CandidateOptions;
import io.transitplanner.solver.Completion;
import io.transitplanner.solver.Itinerary;
import io.transitplanner.solver.PlanExtractor;
import io.transitplanner.solver.PlanLoader;
import io.transitplanner.solver.PlannedShipment;
import io.transitplanner.solver.SolverConfigs;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One size of bench/solver-scale.sh: builds the candidates of a scenario (time, heap before and after), plans it by
 * the baseline rule, solves it once for the given time recording every new best score with its time, verifies the
 * plan, and with --replan solves it again warm-started after one disruption. Writes NAME.result (key=value lines) and
 * NAME.timeline.csv (ms,hard,medium,soft) into the output directory.
 *
 *   java -cp APP SolverScale.java SCENARIO.json SECONDS OUTDIR NAME [--replan SECONDS]
 */
public class SolverScale {
    public static void main(String[] args) throws Exception {
        Path scenarioFile = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        Path outDir = Path.of(args[2]);
        String name = args[3];
        long replanSeconds = args.length > 5 && args[4].equals("--replan") ? Long.parseLong(args[5]) : 0;
        List<String> result = new ArrayList<>();
        Scenario scenario = Scenarios.load(scenarioFile.toString());
        put(result, "shipments", scenario.shipments().size());
        put(result, "nodes", scenario.nodes().size());
        put(result, "lanes", scenario.lanes().size());

        long heapBefore = settledHeap();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        TransitSolution problem = CandidateBuilder.build(scenario, CandidateOptions.defaults());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        put(result, "build_cpu_ms", (processCpuNanos() - cpu0) / 1_000_000);
        long heapAfter = settledHeap();
        long candidates = problem.getShipments().stream().mapToLong(s -> s.getCandidates().size()).sum();
        long plannableAlone = problem.getShipments().stream()
                .filter(s -> s.isPinned() || s.getCandidates().size() > 1)
                .count();
        put(result, "build_ms", buildMs);
        put(result, "candidates", candidates);
        put(result, "plannable_alone", plannableAlone);
        put(result, "heap_before_mb", heapBefore >> 20);
        put(result, "heap_after_build_mb", heapAfter >> 20);
        put(result, "bytes_per_shipment", (heapAfter - heapBefore) / Math.max(1, scenario.shipments().size()));
        put(result, "bytes_per_candidate", (heapAfter - heapBefore) / Math.max(1, candidates));

        // the baseline rule (earliest due date first, best candidate that still fits), on the same candidates
        t0 = System.nanoTime();
        cpu0 = threadCpuNanos();
        BaselinePlanner.plan(problem);
        long baselineMs = (System.nanoTime() - t0) / 1_000_000;
        put(result, "baseline_cpu_ms", (threadCpuNanos() - cpu0) / 1_000_000);
        long baselineLate = 0;
        long baselinePlanned = 0;
        for (PlannedShipment s : problem.getShipments()) {
            baselineLate += s.getItinerary().weightedLateness();
            baselinePlanned += s.getItinerary().delivered() ? 1 : 0;
        }
        put(result, "baseline_ms", baselineMs);
        put(result, "baseline_lateness", baselineLate);
        put(result, "baseline_planned", baselinePlanned);
        for (PlannedShipment s : problem.getShipments()) {
            if (!s.isPinned()) {
                s.setItinerary(null);
            }
        }

        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(seconds));
        Solver<TransitSolution> solver =
                SolverFactory.<TransitSolution>create(SolverConfigs.build(settings)).buildSolver();
        List<String> timeline = new ArrayList<>();
        long[] firstValid = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (!score.isSolutionInitialized()) {
                return;
            }
            long ms = event.getTimeMillisSpent();
            timeline.add(ms + "," + score.hardScore() + "," + score.mediumScore() + "," + score.softScore());
            if (firstValid[0] < 0 && score.hardScore() == 0) {
                firstValid[0] = ms;
            }
        });
        // score calculations per second of the local search (the phase the solver's own speed figure is about)
        List<String> phases = new ArrayList<>();
        ((DefaultSolver<TransitSolution>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            private long startCount;
            private long startNanos;
            private long startCpu;

            @Override
            public void phaseStarted(AbstractPhaseScope<TransitSolution> phase) {
                startCount = phase.getScoreDirector().getCalculationCount();
                startNanos = System.nanoTime();
                startCpu = threadCpuNanos();
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<TransitSolution> phase) {
                long calcs = phase.getScoreDirector().getCalculationCount() - startCount;
                long ms = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
                long cpuMs = Math.max(1, (threadCpuNanos() - startCpu) / 1_000_000);
                phases.add(phase.getClass().getSimpleName().replace("PhaseScope", "") + ":" + ms + "ms(cpu " + cpuMs
                        + "ms):" + calcs + "calcs");
                if (phase instanceof LocalSearchPhaseScope) {
                    result.add("score_calc_per_s=" + calcs * 1000 / ms);
                    result.add("score_calc_per_cpu_s=" + calcs * 1000 / cpuMs);
                    result.add("local_search_ms=" + ms);
                }
            }
        });
        TransitSolution best = Completion.completed(solver.solve(problem));
        put(result, "phases", String.join(" ", phases));
        DefaultSolver<TransitSolution> engine = (DefaultSolver<TransitSolution>) solver;
        var scope = engine.getSolverScope();
        long spentMs = Math.max(1, scope.getTimeMillisSpent());
        put(result, "solve_ms", spentMs);
        put(result, "first_valid_ms", firstValid[0]);
        put(result, "proposals_per_s", best.getProposalsPerSecond());
        Plan plan = PlanExtractor.plan(best);
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        long planned = best.getShipments().stream().filter(s -> s.getItinerary().delivered()).count();
        put(result, "hard", best.getScore().hardScore());
        put(result, "medium", best.getScore().mediumScore());
        put(result, "soft", best.getScore().softScore());
        put(result, "planned", planned);
        put(result, "verifier_valid", verdict.valid());
        put(result, "verifier_agrees", verdict.score().equals(plan.score()));
        put(result, "verifier_medium", verdict.score().medium());

        changeMoveSpeed(best, result);
        if (replanSeconds > 0) {
            replan(scenario, plan, replanSeconds, result);
        }
        Files.createDirectories(outDir);
        Files.write(outDir.resolve(name + ".timeline.csv"), prepend("ms,hard,medium,soft", timeline));
        Files.write(outDir.resolve(name + ".result"), result);
        result.forEach(System.out::println);
    }

    /**
     * A third of the way into the horizon the main Uzbek rail crossing (Hairatan-Termez rail) loses all its capacity
     * for two weeks; every leg departed by then is pinned and the search starts from the old plan's choices.
     */
    private static void replan(Scenario scenario, Plan plan, long seconds, List<String> result) {
        Instant at = scenario.horizon().start().plus(Duration.between(scenario.horizon().start(), scenario.horizon().end()).dividedBy(3));
        Scenario asOf = Replan.asOf(scenario, plan, at);
        List<Disruption> disruptions = new ArrayList<>(asOf.disruptions());
        disruptions.add(new Disruption(null, "HAI-TMZ-RAIL", at, at.plus(Duration.ofDays(14)), 0.0, "bench: rail crossing out"));
        Scenario disrupted = new Scenario(asOf.name(), asOf.horizon(), asOf.nodes(), asOf.lanes(), asOf.permissions(),
                asOf.quotas(), disruptions, asOf.shipments(), asOf.notes());
        long t0 = System.nanoTime();
        TransitSolution warm = PlanLoader.load(disrupted, plan, CandidateOptions.defaults());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(seconds));
        Solver<TransitSolution> solver =
                SolverFactory.<TransitSolution>create(SolverConfigs.build(settings)).buildSolver();
        long[] firstValid = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (firstValid[0] < 0 && score.isSolutionInitialized() && score.hardScore() == 0) {
                firstValid[0] = event.getTimeMillisSpent();
            }
        });
        TransitSolution best = Completion.completed(solver.solve(warm));
        Plan replanned = PlanExtractor.plan(best);
        Verdict verdict = PlanVerifier.verify(disrupted, replanned);
        put(result, "replan_load_ms", loadMs);
        put(result, "replan_first_valid_ms", firstValid[0]);
        put(result, "replan_hard", best.getScore().hardScore());
        put(result, "replan_medium", best.getScore().mediumScore());
        put(result, "replan_verifier_valid", verdict.valid());
        put(result, "replan_verifier_agrees", verdict.score().equals(replanned.score()));
    }

    /**
     * The score director's own speed: ten seconds of local search by single changes only, from the plan just found
     * (the solver's default local search also makes ruin-and-recreate moves, whose cost is not the score's).
     */
    private static void changeMoveSpeed(TransitSolution start, List<String> result) {
        SolverSettings settings = SolverSettings.defaults()
                .withSearch(io.transitplanner.solver.SearchOptions.singleChanges())
                .withTimeLimit(Duration.ofSeconds(10));
        Solver<TransitSolution> solver =
                SolverFactory.<TransitSolution>create(SolverConfigs.build(settings)).buildSolver();
        long[] counts = new long[3];
        ((DefaultSolver<TransitSolution>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<TransitSolution> phase) {
                counts[0] = phase.getScoreDirector().getCalculationCount();
                counts[1] = System.nanoTime();
                counts[2] = threadCpuNanos();
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<TransitSolution> phase) {
                if (phase instanceof LocalSearchPhaseScope) {
                    long calcs = phase.getScoreDirector().getCalculationCount() - counts[0];
                    long ms = Math.max(1, (System.nanoTime() - counts[1]) / 1_000_000);
                    long cpuMs = Math.max(1, (threadCpuNanos() - counts[2]) / 1_000_000);
                    result.add("change_calc_per_s=" + calcs * 1000 / ms);
                    result.add("change_calc_per_cpu_s=" + calcs * 1000 / cpuMs);
                }
            }
        });
        solver.solve(start);
    }

    private static List<String> prepend(String header, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(lines);
        return all;
    }

    private static void put(List<String> result, String key, Object value) {
        result.add(key + "=" + value);
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Heap in use after the collector has had its say (so that garbage is not counted as memory). */
    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

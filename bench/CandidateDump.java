import io.transitplanner.cli.Scenarios;
import io.transitplanner.solver.CandidateBuilder;
import io.transitplanner.solver.CandidateOptions;
import io.transitplanner.solver.Itinerary;
import io.transitplanner.solver.PlannedShipment;
import io.transitplanner.solver.TransitSolution;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every candidate of every shipment (legs, weighted lateness, cost) and prints the build time, so that two
 * builds of the candidate builder can be compared: same file, same candidates. With OUT "-" it only times.
 *
 *   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/CandidateDump.java SCENARIO OUT
 *   (build the other version in a git worktree, run it on the same scenario, then cmp the two files)
 */
public class CandidateDump {
    public static void main(String[] args) throws Exception {
        var scenario = Scenarios.load(args[0]);
        long t0 = System.nanoTime();
        TransitSolution solution = CandidateBuilder.build(scenario, CandidateOptions.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!args[1].equals("-")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
                for (PlannedShipment p : solution.getShipments()) {
                    w.println("# " + p.getId() + " " + p.getCandidates().size());
                    for (Itinerary i : p.getCandidates()) {
                        w.println(i + " " + i.weightedLateness() + " " + i.cost());
                    }
                }
            }
        }
        System.err.println("built in " + ms + " ms; " + CandidateBuilder.candidateStatistics(solution));
    }
}

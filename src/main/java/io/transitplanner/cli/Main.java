package io.transitplanner.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The jar's entry point. With a command ({@code solve}, {@code verify}, {@code coverage}, {@code replay},
 * {@code generate}, {@code token}, {@code replan}) it runs that command without starting the server ({@code replan}
 * connects to the database itself); without one (or with {@code serve}) it starts the service.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        if (args.length == 0 || args[0].equals("serve")) {
            TerminationSignal.stopGracefully();
            Quarkus.run(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "solve" -> SolveCommand.run(rest, out, err);
            case "verify" -> VerifyCommand.run(rest, out, err);
            case "replay" -> ReplayCommand.run(rest, out, err);
            case "coverage" -> CoverageCommand.run(rest, out, err);
            case "generate" -> GenerateCommand.run(rest, out, err);
            case "token" -> TokenCommand.run(rest, out, err);
            case "replan" -> ReplanCommand.run(rest, out, err);
            case "help", "--help", "-h" -> {
                out.print(usage());
                yield 0;
            }
            default -> {
                err.println("error: unknown command '" + args[0] + "' (try: help)");
                yield 2;
            }
        };
    }

    static String usage() {
        return """
                Transit Planner
                  (no command) | serve         start the service
                  solve --scenario ndn-2012|FILE --out PLAN.json [--time 30s] [--unimproved 10s] [--seed 0] [--baseline]
                  verify --scenario FILE --plan PLAN.json
                  replay [--scenario canada-2011|FILE] [--plan PLAN.json] [--time 60s] [--seed 0] [--json] [--out DIR]
                  coverage --scenario FILE --plan PLAN.json
                  generate (--shipments N --seed S | --size S|M|L|XL [--seed 1]) [--base ndn-2012|FILE] --out FILE
                  token --role officer|planner|admin [--nation GB] [--subject NAME] [--hours 8]
                  replan [--time 60s] [--publish] [--now INSTANT] [--freeze 48h] [--seed 0]
                                               replan from the published plan in PostgreSQL (DB_URL, DB_USER,
                                               DB_PASSWORD); exit 1 no published plan, 3 another replan runs
                """;
    }
}

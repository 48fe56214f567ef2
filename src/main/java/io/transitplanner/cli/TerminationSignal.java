package io.transitplanner.cli;

import io.quarkus.runtime.Quarkus;
import sun.misc.Signal;

/**
 * SIGTERM, which Kubernetes sends to stop a pod, stops the service as {@code Quarkus.asyncExit(0)} does: readiness
 * reports down for {@code quarkus.shutdown.delay}, running requests finish within {@code quarkus.shutdown.timeout},
 * shutdown observers (saving a running solve) run, and the JVM exits with status 0. Left to the JVM, SIGTERM ends it
 * with status 143 after the same shutdown, which reports a cleanly stopped container as failed.
 */
final class TerminationSignal {

    private TerminationSignal() {}

    static void stopGracefully() {
        try {
            Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
        } catch (IllegalArgumentException e) {
            // No SIGTERM to catch here (another platform, or -Xrs): the JVM's own handling stays.
        }
    }
}

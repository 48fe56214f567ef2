/** The command line of the jar: solve, verify, generate and token, each runnable without a database or server. */
package io.transitplanner.cli;

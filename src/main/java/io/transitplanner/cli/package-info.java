/** Commands run from the shell against the packaged service, without starting the HTTP server. */
package io.transitplanner.cli;

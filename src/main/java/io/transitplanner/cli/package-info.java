/** Command-line entry points: each command reads its arguments, prints for people, and returns an exit status. */
package io.transitplanner.cli;

/** Command-line commands over scenario files and the built-in scenarios, each callable without a running service. */
package io.transitplanner.cli;

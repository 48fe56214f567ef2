/** Typed configuration of the service, read from application.properties and the environment. */
package io.transitplanner.config;

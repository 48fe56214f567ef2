/** Typed configuration of the service, with the defaults it runs on. */
package io.transitplanner.config;

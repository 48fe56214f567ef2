/** The HTTP API: thin JAX-RS resources that turn requests into service calls and records into DTOs. */
package io.transitplanner.rest;

/** Shared test fixtures: tokens for every kind of caller, the conformance scenarios, shipment requests. */
package io.transitplanner.testdata;

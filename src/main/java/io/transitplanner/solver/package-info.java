/**
 * The OptaPlanner model: each shipment chooses one itinerary among candidates precomputed from the network,
 * and constraint streams score the choice exactly as the planning contract defines it.
 */
package io.transitplanner.solver;

/**
 * An independent check of plans against the planning contract: every rule and the score computed a second time,
 * straight from the contract and from the domain records alone, so that a planner's own bookkeeping can be trusted.
 */
package io.transitplanner.verify;

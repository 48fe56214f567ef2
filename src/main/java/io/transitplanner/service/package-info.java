/**
 * Use cases: officers' shipments, planners' network and rules, scenario import and export, published plans; each
 * runs in one transaction, checks who may do it, writes its audit event and fails with a typed exception.
 */
package io.transitplanner.service;

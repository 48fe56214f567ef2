/** The transit planning vocabulary (network, rules, shipments, plans) as plain records, free of any framework. */
package io.transitplanner.domain;

/** The JSON exchange format of scenarios and plans: strict readers that name the JSON path of every fault, and writers. */
package io.transitplanner.exchange;

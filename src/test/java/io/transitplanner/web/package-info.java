/** Tests of the planner's web page in a real browser. */
package io.transitplanner.web;

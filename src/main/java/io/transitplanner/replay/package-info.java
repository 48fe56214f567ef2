/**
 * Replays a drawdown against history: what a plan of the canada-2011 scenario flies and drives, what the Pakistani
 * border closure strands, beside the published figures; built from the domain records alone, without frameworks.
 */
package io.transitplanner.replay;

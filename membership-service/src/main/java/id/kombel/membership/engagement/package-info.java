/**
 * The engagement profile: encouragement to keep learning, never a competition. Built only from other
 * services' events (attendance, learning hours, problems, solutions, trial outcomes, reflections,
 * appreciation), one fact per natural key, so a fact that arrives twice, even under a new event id,
 * counts once. Members choose whether their communities may see it; there is no ranking of members.
 */
@NullMarked
package id.kombel.membership.engagement;

import org.jspecify.annotations.NullMarked;

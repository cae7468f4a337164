/**
 * Solutions to problems, their replies and helpful votes, acceptance (decided by the problem), and
 * their moderation. {@link id.kombel.discussion.solution.Solutions} is what trials and appreciation use.
 */
@NullMarked
package id.kombel.discussion.solution;

import org.jspecify.annotations.NullMarked;

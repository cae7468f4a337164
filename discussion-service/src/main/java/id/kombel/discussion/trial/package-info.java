/**
 * Trials, the loop that makes solutions proven: a member commits to try a solution in class by a
 * date, reports the outcome, and is followed up once when the date passes without one.
 */
@NullMarked
package id.kombel.discussion.trial;

import org.jspecify.annotations.NullMarked;

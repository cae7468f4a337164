/**
 * Classroom problems members post in their communities: posting (optionally anonymous to peers),
 * editing, closing and reopening, accepting a solution, locking and hiding by leads, and the
 * community's search. {@link id.kombel.discussion.problem.ProblemAccess} is what the other features use.
 */
@NullMarked
package id.kombel.discussion.problem;

import org.jspecify.annotations.NullMarked;

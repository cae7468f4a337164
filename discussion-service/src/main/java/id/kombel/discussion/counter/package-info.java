/**
 * The denormalized counters lists sort and show by ({@code solutionCount}, {@code helpfulVotes},
 * {@code replyCount}, {@code outcomes.*}): never incremented, always recounted from the documents they
 * count, so a crash, a redelivery or a replay can only bring them back to the truth.
 */
@NullMarked
package id.kombel.discussion.counter;

import org.jspecify.annotations.NullMarked;

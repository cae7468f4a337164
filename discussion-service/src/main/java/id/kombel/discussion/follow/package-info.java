/**
 * Subscriptions to problems: authors follow what they post, members follow and unfollow, and each
 * change is fanned out as one FollowedProblemChanged per follower (never to the actor, never naming them).
 */
@NullMarked
package id.kombel.discussion.follow;

import org.jspecify.annotations.NullMarked;

package id.kombel.discussion.follow;

import id.kombel.platform.events.EventType;

/**
 * Tells one follower ({@code memberId}) that a problem they follow changed. Never names who made the
 * change, so an anonymous author cannot leak through a follower's inbox. {@code changeId} is the id
 * of the event that made the change: the same for every follower and for every run of the fan-out,
 * so a consumer keys what it does per recipient by it.
 */
@EventType("FollowedProblemChanged")
record FollowedProblemChanged(
        String problemId, String communityId, String memberId, Change change, String title, String changeId) {}

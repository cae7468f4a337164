package id.kombel.discussion.follow;

import id.kombel.platform.events.EventType;

/**
 * Tells one follower ({@code memberId}) that a problem they follow changed. Never names who made the
 * change, so an anonymous author cannot leak through a follower's inbox.
 */
@EventType("FollowedProblemChanged")
record FollowedProblemChanged(String problemId, String communityId, String memberId, Change change, String title) {}

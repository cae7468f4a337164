package id.kombel.discussion.solution;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** The author edited a reply's text. Names nobody and carries no text, as ReplyPosted. */
@EventType("ReplyEdited")
record ReplyEdited(String replyId, String solutionId, String problemId, String communityId, Instant editedAt) {}

package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member posted a problem (perhaps anonymously: then its author is never shown to anyone else). */
@EventType("ProblemPosted")
public record ProblemPosted(
        String problemId, String communityId, String authorId, boolean anonymous, Instant postedAt) {}

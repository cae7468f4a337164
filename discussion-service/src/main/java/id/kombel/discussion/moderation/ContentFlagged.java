package id.kombel.discussion.moderation;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member flagged content for the leads' attention. */
@EventType("ContentFlagged")
record ContentFlagged(
        String flagId,
        ItemType itemType,
        String itemId,
        String problemId,
        String communityId,
        String flaggedBy,
        String reason,
        Instant flaggedAt) {}

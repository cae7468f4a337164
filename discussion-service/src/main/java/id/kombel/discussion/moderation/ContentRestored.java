package id.kombel.discussion.moderation;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A lead restored hidden content: it is back in lists and search. */
@EventType("ContentRestored")
public record ContentRestored(
        ItemType itemType,
        String itemId,
        String problemId,
        String communityId,
        String restoredBy,
        String reason,
        Instant restoredAt) {}

package id.kombel.discussion.moderation;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A lead hid a problem, solution or reply: it left lists and search; the content itself stays. */
@EventType("ContentHidden")
public record ContentHidden(
        ItemType itemType,
        String itemId,
        String problemId,
        String communityId,
        String hiddenBy,
        String reason,
        Instant hiddenAt) {}

package id.kombel.discussion.moderation;

import id.kombel.platform.web.ConflictException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a piece of content is hidden by its community's leads, and the last moderation decision.
 * Embedded in each moderated aggregate; the full history is the stream of ContentHidden and
 * ContentRestored events on the aggregate's topic.
 */
public record Visibility(
        boolean hidden,
        @Nullable String by,
        @Nullable String reason,
        @Nullable Instant at) {

    public static Visibility shown() {
        return new Visibility(false, null, null, null);
    }

    public Visibility hide(String lead, String why, Instant now) {
        if (hidden) {
            throw new ConflictException("already-hidden", "content is already hidden");
        }
        return new Visibility(true, lead, why, now);
    }

    public Visibility restore(String lead, String why, Instant now) {
        if (!hidden) {
            throw new ConflictException("not-hidden", "content is not hidden");
        }
        return new Visibility(false, lead, why, now);
    }
}

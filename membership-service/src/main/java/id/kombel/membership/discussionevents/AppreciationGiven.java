package id.kombel.membership.discussionevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/**
 * {@code toMemberId} was appreciated for a problem, solution or outcome. The giver is deliberately not
 * read (see the package).
 */
@EventType("AppreciationGiven")
public record AppreciationGiven(
        String appreciationId,
        String itemType,
        String itemId,
        String communityId,
        String toMemberId,
        Instant givenAt) {}

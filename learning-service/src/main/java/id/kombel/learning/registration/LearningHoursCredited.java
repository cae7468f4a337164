package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.util.List;

/**
 * An attendee of a completed activity was credited its learning hours, once: {@code creditId} is the
 * registration id, so a repeated completion or a redelivered event cannot credit twice.
 */
@EventType("LearningHoursCredited")
public record LearningHoursCredited(
        String creditId,
        String activityId,
        String communityId,
        String regionId,
        String memberId,
        int jp,
        int minutes,
        List<String> competencies,
        Instant creditedAt) {}

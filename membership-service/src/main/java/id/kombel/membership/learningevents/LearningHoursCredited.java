package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** Learning hours credited to a member: {@code jp} lesson hours ("jam pelajaran"), {@code minutes} spent. */
@EventType("LearningHoursCredited")
public record LearningHoursCredited(
        String creditId, String activityId, String memberId, int jp, int minutes, Instant creditedAt) {}

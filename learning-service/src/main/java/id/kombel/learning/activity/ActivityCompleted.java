package id.kombel.learning.activity;

import id.kombel.platform.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity took place and its facilitator closed it: its attendees are credited its learning hours
 * ({@code heldOn} is the day it started, in its region's time zone).
 */
@EventType("ActivityCompleted")
public record ActivityCompleted(
        String activityId,
        String communityId,
        String regionId,
        String title,
        ActivityKind kind,
        int learningHoursJp,
        List<String> competencies,
        LocalDate heldOn,
        Instant completedAt) {}

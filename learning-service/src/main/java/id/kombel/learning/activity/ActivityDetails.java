package id.kombel.learning.activity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a lead describes about an activity, with its schedule already placed on the time line. */
record ActivityDetails(
        ActivityKind kind,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        DeliveryMode mode,
        @Nullable String venue,
        @Nullable String onlineUrl,
        int capacity,
        int learningHoursJp,
        List<String> competencies,
        boolean openToOtherCommunities) {}

package id.kombel.learning.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity as clients see it: its schedule both as instants and as local date-times in its
 * region's time zone ({@code local}), so a client shows the community's clock whatever its own.
 */
record ActivityResponse(
        String id,
        String communityId,
        String regionId,
        ActivityKind kind,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        LocalSchedule local,
        DeliveryMode mode,
        @Nullable String venue,
        @Nullable String onlineUrl,
        int capacity,
        int learningHoursJp,
        int learningMinutes,
        List<String> competencies,
        boolean openToOtherCommunities,
        ActivityStatus status,
        @Nullable String cancellationReason,
        @Nullable String seriesId,
        @Nullable Integer occurrence,
        long version) {

    record LocalSchedule(LocalDateTime startsAt, LocalDateTime endsAt, String timeZone) {}

    static ActivityResponse of(Activity activity) {
        return new ActivityResponse(
                activity.id(),
                activity.communityId(),
                activity.regionId(),
                activity.kind(),
                activity.title(),
                activity.description(),
                activity.startsAt(),
                activity.endsAt(),
                new LocalSchedule(
                        activity.localStart(),
                        activity.localEnd(),
                        activity.zone().getId()),
                activity.mode(),
                activity.venue(),
                activity.onlineUrl(),
                activity.capacity(),
                activity.learningHoursJp(),
                activity.learningMinutes(),
                activity.competencies(),
                activity.openToOtherCommunities(),
                activity.status(),
                activity.cancellationReason(),
                activity.seriesId(),
                activity.seriesId() == null ? null : activity.occurrence(),
                activity.version());
    }
}

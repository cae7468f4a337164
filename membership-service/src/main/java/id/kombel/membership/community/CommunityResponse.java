package id.kombel.membership.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A community as the API shows it. */
record CommunityResponse(
        String id,
        String regionId,
        CommunityType type,
        CommunityStatus status,
        String name,
        String description,
        List<String> subjects,
        List<EducationLevel> levels,
        JoinPolicy joinPolicy,
        Meeting meeting,
        String leadId,
        List<String> coLeadIds,
        String proposedBy,
        Instant proposedAt,
        @Nullable Instant decidedAt,
        @Nullable String rejectionReason,
        @Nullable Instant archivedAt,
        long version) {

    /**
     * The routine meeting in the region's zone ({@code zoneId}); {@code nextAt} is the next one as an
     * instant, while the community is active.
     */
    record Meeting(
            MeetingFrequency frequency,
            DayOfWeek dayOfWeek,
            String time,
            @Nullable String zoneId,
            @Nullable Instant nextAt) {}

    static CommunityResponse of(Community community, @Nullable ZoneId zone, Instant now) {
        RoutineMeeting meeting = community.meeting();
        Instant nextAt = zone != null && community.status() == CommunityStatus.ACTIVE
                ? meeting.nextAfter(now, zone, community.meetingSince())
                : null;
        return new CommunityResponse(
                community.id(),
                community.regionId(),
                community.type(),
                community.status(),
                community.name(),
                community.description(),
                community.subjects(),
                community.levels(),
                community.joinPolicy(),
                new Meeting(
                        meeting.frequency(),
                        meeting.dayOfWeek(),
                        meeting.time().toString(),
                        zone == null ? null : zone.getId(),
                        nextAt),
                community.leadId(),
                community.coLeadIds(),
                community.proposedBy(),
                community.proposedAt(),
                community.decidedAt(),
                community.rejectionReason(),
                community.archivedAt(),
                community.version());
    }
}

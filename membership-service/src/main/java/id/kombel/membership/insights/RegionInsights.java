package id.kombel.membership.insights;

import id.kombel.membership.community.CommunityStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * membership-service's part of a region's dashboard, for the period {@code from}..{@code to} (dates
 * in the region's time zone, both included). Counts of communities and members are as of now; new
 * memberships are those that began in the period, by calendar month in the region.
 */
record RegionInsights(
        String regionId,
        LocalDate from,
        LocalDate to,
        String timeZone,
        Communities communities,
        Members members,
        List<Month> newMembershipsByMonth,
        long pendingVerifications) {

    /** Communities of the region by status, by type, and by both. */
    record Communities(
            long total,
            Map<String, Long> byStatus,
            Map<String, Long> byType,
            Map<CommunityStatus, Map<String, Long>> byStatusAndType) {}

    /** Members of the region's active communities: different people, and memberships. */
    record Members(long distinct, long activeMemberships) {}

    /** {@code month} as {@code 2026-11}. */
    record Month(String month, long count) {}
}

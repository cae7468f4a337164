package id.kombel.membership.insights;

import id.kombel.membership.community.Communities;
import id.kombel.membership.community.CommunityStatus;
import id.kombel.membership.community.CommunityType;
import id.kombel.membership.community.RegionCommunities;
import id.kombel.membership.membership.MembershipStatistics;
import id.kombel.membership.region.RegionView;
import id.kombel.membership.region.Regions;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Assembles a region's insights; only its admins and platform admins may ask (403 for anyone else). */
@Service
class RegionInsightsService {

    /** The dashboard reads at most two years at once. */
    static final int MAX_MONTHS = 24;

    private final Regions regions;
    private final Communities communities;
    private final MembershipStatistics memberships;
    private final Clock clock;

    RegionInsightsService(Regions regions, Communities communities, MembershipStatistics memberships, Clock clock) {
        this.regions = regions;
        this.communities = communities;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Without dates: the last twelve calendar months, this one included, in the region's zone. */
    RegionInsights of(Caller caller, String regionId, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (!caller.administers(regionId)) {
            throw new ForbiddenException(caller.memberId() + " does not administer " + regionId);
        }
        RegionView region = regions.require(regionId);
        ZoneId zone = region.zone();
        LocalDate until = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate since =
                from != null ? from : YearMonth.from(until).minusMonths(11).atDay(1);
        if (since.isAfter(until)) {
            throw new InvalidPeriodException("period " + since + ".." + until + " ends before it starts", MAX_MONTHS);
        }
        if (YearMonth.from(since)
                .plusMonths(MAX_MONTHS)
                .isBefore(YearMonth.from(until).plusMonths(1))) {
            throw new InvalidPeriodException("period " + since + ".." + until + " is too long", MAX_MONTHS);
        }

        RegionCommunities inRegion = communities.inRegion(regionId);
        MembershipStatistics.ActiveMembers members = memberships.activeMembers(inRegion.activeIds());
        List<Instant> joins = memberships.joinedBetween(
                inRegion.ids(),
                since.atStartOfDay(zone).toInstant(),
                until.plusDays(1).atStartOfDay(zone).toInstant());
        return new RegionInsights(
                regionId,
                since,
                until,
                zone.getId(),
                communitiesOf(inRegion),
                new RegionInsights.Members(members.members(), members.memberships()),
                byMonth(joins, zone, since, until),
                inRegion.count(CommunityStatus.PROPOSED));
    }

    private static RegionInsights.Communities communitiesOf(RegionCommunities inRegion) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<CommunityStatus, Map<String, Long>> both = new EnumMap<>(CommunityStatus.class);
        for (CommunityStatus status : CommunityStatus.values()) {
            byStatus.put(status.name(), inRegion.count(status));
            Map<String, Long> types = new LinkedHashMap<>();
            for (CommunityType type : CommunityType.values()) {
                long count = inRegion.counts().getOrDefault(status, Map.of()).getOrDefault(type, 0L);
                types.put(type.name(), count);
                byType.merge(type.name(), count, Long::sum);
            }
            both.put(status, types);
        }
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new RegionInsights.Communities(total, byStatus, byType, both);
    }

    /** Every month of the period, in order, with zero where nobody joined. */
    private static List<RegionInsights.Month> byMonth(
            List<Instant> joins, ZoneId zone, LocalDate since, LocalDate until) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        for (YearMonth month = YearMonth.from(since);
                !month.isAfter(YearMonth.from(until));
                month = month.plusMonths(1)) {
            counts.put(month, 0L);
        }
        joins.forEach(at -> counts.merge(YearMonth.from(at.atZone(zone)), 1L, Long::sum));
        List<RegionInsights.Month> months = new ArrayList<>();
        counts.forEach((month, count) -> months.add(new RegionInsights.Month(month.toString(), count)));
        return months;
    }
}

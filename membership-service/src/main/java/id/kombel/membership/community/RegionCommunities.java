package id.kombel.membership.community;

import java.util.List;
import java.util.Map;

/**
 * The communities of one region for its dashboard: how many in each status and type, and which ones
 * (ids), so other features can count what happens in them.
 */
public record RegionCommunities(
        Map<CommunityStatus, Map<CommunityType, Long>> counts, List<String> ids, List<String> activeIds) {

    public RegionCommunities {
        counts = Map.copyOf(counts);
        ids = List.copyOf(ids);
        activeIds = List.copyOf(activeIds);
    }

    public long count(CommunityStatus status) {
        return counts.getOrDefault(status, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}

package id.kombel.membership.community;

import java.time.Instant;

/** A community as the API shows it. */
record CommunityResponse(
        String id,
        String regionId,
        String name,
        String description,
        CommunityType type,
        CommunityStatus status,
        Instant proposedAt,
        long version) {

    static CommunityResponse of(Community community) {
        return new CommunityResponse(
                community.id(),
                community.regionId(),
                community.name(),
                community.description(),
                community.type(),
                community.status(),
                community.proposedAt(),
                community.version());
    }
}

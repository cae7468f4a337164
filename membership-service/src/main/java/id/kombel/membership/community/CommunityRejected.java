package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The region's admin rejected the proposed community, saying why. */
@EventType("CommunityRejected")
public record CommunityRejected(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds,
        String reason) {}

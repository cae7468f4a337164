package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The region's admin verified the community: it is active and open to members. */
@EventType("CommunityVerified")
public record CommunityVerified(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds) {}

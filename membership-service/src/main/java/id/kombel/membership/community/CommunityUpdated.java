package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The community's leads changed its name, description, subjects, levels, join policy or meeting. */
@EventType("CommunityUpdated")
public record CommunityUpdated(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds) {}

package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The community's lead or co-leads changed (an appointment, a release or a hand-over). */
@EventType("CommunityLeadershipChanged")
public record CommunityLeadershipChanged(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds) {}

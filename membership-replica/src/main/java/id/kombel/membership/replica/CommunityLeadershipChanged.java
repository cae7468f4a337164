package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The consumers' reading of membership-service's {@code CommunityLeadershipChanged}: the community's new state. */
@EventType("CommunityLeadershipChanged")
record CommunityLeadershipChanged(
        String communityId,
        String regionId,
        String name,
        String type,
        String status,
        String joinPolicy,
        String leadId,
        List<String> coLeadIds)
        implements CommunityEvent {}

package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The consumers' reading of membership-service's {@code CommunityRejected}: the community's new state. */
@EventType("CommunityRejected")
record CommunityRejected(
        String communityId,
        String regionId,
        String name,
        String type,
        String status,
        String joinPolicy,
        String leadId,
        List<String> coLeadIds)
        implements CommunityEvent {}

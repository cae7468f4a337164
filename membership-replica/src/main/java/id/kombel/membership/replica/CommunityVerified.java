package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The consumers' reading of membership-service's {@code CommunityVerified}: the community's new state. */
@EventType("CommunityVerified")
record CommunityVerified(
        String communityId,
        String regionId,
        String name,
        String type,
        String status,
        String joinPolicy,
        String leadId,
        List<String> coLeadIds)
        implements CommunityEvent {}

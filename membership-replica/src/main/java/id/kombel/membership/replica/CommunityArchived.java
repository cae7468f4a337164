package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The consumers' reading of membership-service's {@code CommunityArchived}: the community's new state. */
@EventType("CommunityArchived")
record CommunityArchived(
        String communityId,
        String regionId,
        String name,
        String type,
        String status,
        String joinPolicy,
        String leadId,
        List<String> coLeadIds)
        implements CommunityEvent {}

package id.kombel.membership.replica;

import id.kombel.platform.events.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The consumers' reading of membership-service's {@code CommunityProposed}: only what they need. */
@EventType("CommunityProposed")
record CommunityProposed(
        String communityId,
        String regionId,
        String name,
        String type,
        String status,
        @Nullable String joinPolicy,
        @Nullable String leadId,
        @Nullable List<String> coLeadIds)
        implements CommunityEvent {}

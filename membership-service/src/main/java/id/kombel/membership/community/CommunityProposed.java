package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/**
 * A member proposed a new community and leads it; it waits for its region's admin to verify it.
 * {@code joinPolicy}, {@code leadId} and {@code coLeadIds} were added after the first release, as
 * optional fields, so consumers of the original event keep working.
 */
@EventType("CommunityProposed")
public record CommunityProposed(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds) {}

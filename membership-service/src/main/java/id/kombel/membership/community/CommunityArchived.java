package id.kombel.membership.community;

import id.kombel.platform.events.EventType;
import java.util.List;

/** The community was archived by its lead or its region's admin; it accepts no one any more. */
@EventType("CommunityArchived")
public record CommunityArchived(
        String communityId,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds) {}

package id.kombel.membership.community;

import id.kombel.platform.security.Caller;
import java.util.List;

/** What other features of this service may know of a community, as of {@code version}. */
public record CommunityView(
        String id,
        String regionId,
        String name,
        CommunityType type,
        CommunityStatus status,
        JoinPolicy joinPolicy,
        String leadId,
        List<String> coLeadIds,
        long version) {

    public CommunityView {
        coLeadIds = List.copyOf(coLeadIds);
    }

    static CommunityView of(Community community) {
        return new CommunityView(
                community.id(),
                community.regionId(),
                community.name(),
                community.type(),
                community.status(),
                community.joinPolicy(),
                community.leadId(),
                community.coLeadIds(),
                community.version());
    }

    /** The member's role by the community's leadership: LEAD, CO_LEAD, or MEMBER for anyone else. */
    public CommunityRole roleOf(String memberId) {
        if (leadId.equals(memberId)) {
            return CommunityRole.LEAD;
        }
        return coLeadIds.contains(memberId) ? CommunityRole.CO_LEAD : CommunityRole.MEMBER;
    }

    /** Whether one more co-lead fits in the leadership. */
    public boolean hasCoLeadSeat() {
        return coLeadIds.size() < Community.MAX_CO_LEADS;
    }

    public boolean isLead(String memberId) {
        return leadId.equals(memberId);
    }

    public boolean isLeader(String memberId) {
        return roleOf(memberId).isLeader();
    }

    /** Only an active community takes in members (co-leads of a proposed one are the exception). */
    public boolean isActive() {
        return status == CommunityStatus.ACTIVE;
    }

    public boolean isProposed() {
        return status == CommunityStatus.PROPOSED;
    }

    /**
     * Active and archived communities are public to every member; a proposed or rejected one only to
     * its leads and its region's admins, and to anyone else it does not exist.
     */
    public boolean visibleTo(Caller caller) {
        return status == CommunityStatus.ACTIVE
                || status == CommunityStatus.ARCHIVED
                || caller.administers(regionId)
                || isLeader(caller.memberId());
    }

    /** Its leads and its region's admins see its pending requests and invitations. */
    public boolean isAdministeredBy(Caller caller) {
        return caller.administers(regionId) || isLeader(caller.memberId());
    }
}

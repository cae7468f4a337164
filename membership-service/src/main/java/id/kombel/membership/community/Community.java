package id.kombel.membership.community;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.RuleViolationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learning community and the rules of its life cycle: proposed by a member who becomes its lead,
 * verified (active) or rejected by its region's admin, later archived.
 *
 * <p>It also holds its leadership, the one lead and the few co-leads, because the rules about them
 * (exactly one lead, two co-leads before verification, a bounded number of co-leads) must hold in one
 * atomic write. Members are not listed here: each membership is an aggregate of its own, whose role
 * follows this leadership.
 *
 * <p>Lists sort by {@code nameKey} and filter on {@code status}, optionally {@code regionId}, and any
 * combination of type, subjects, levels and name keywords through {@code searchKeys} (see {@link
 * SearchKeys}); the four indexes below serve every such query, filter and sort.
 */
@Document("communities")
@AggregateTopic(MembershipTopics.COMMUNITY)
// personal data export and erasure find a member's communities by each field that names them
@CompoundIndex(name = "lead", def = "{'leadId': 1}")
@CompoundIndex(name = "co_leads", def = "{'coLeadIds': 1}")
@CompoundIndex(name = "proposed_by", def = "{'proposedBy': 1}")
@CompoundIndex(name = "decided_by", def = "{'decidedBy': 1}", sparse = true)
@CompoundIndex(name = "archived_by", def = "{'archivedBy': 1}", sparse = true)
@CompoundIndex(name = "status_name", def = "{'status': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "status_region_name", def = "{'status': 1, 'regionId': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "status_keys_name", def = "{'status': 1, 'searchKeys': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(
        name = "status_region_keys_name",
        def = "{'status': 1, 'regionId': 1, 'searchKeys': 1, 'nameKey': 1, '_id': 1}")
class Community extends AggregateRoot {

    /** The ministry asks for a lead and two co-leads before a community starts. */
    static final int REQUIRED_CO_LEADS = 2;

    /** Leadership stays small, so it can live in this document and travel in every event. */
    static final int MAX_CO_LEADS = 5;

    private String regionId;
    private CommunityType type;
    private CommunityStatus status;
    private String name;
    private String description;
    private List<String> subjects;
    private List<EducationLevel> levels;
    private JoinPolicy joinPolicy;
    private MeetingFrequency meetingFrequency;
    private DayOfWeek meetingDay;
    private String meetingTime;
    private Instant meetingSince;
    private String leadId;
    private List<String> coLeadIds;
    private String proposedBy;
    private Instant proposedAt;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String rejectionReason;
    private @Nullable Instant archivedAt;
    private @Nullable String archivedBy;
    private String nameKey;
    private List<String> searchKeys;

    @PersistenceCreator
    Community() {}

    private Community(
            String id, String regionId, CommunityType type, CommunityDetails details, String proposer, Instant now) {
        super(id);
        this.regionId = regionId;
        this.type = type;
        this.status = CommunityStatus.PROPOSED;
        this.leadId = proposer;
        this.coLeadIds = new ArrayList<>();
        this.proposedBy = proposer;
        this.proposedAt = now;
        describe(details, now);
    }

    static Community propose(
            String id, String regionId, CommunityType type, CommunityDetails details, String proposer, Instant now) {
        Community community = new Community(id, regionId, type, details, proposer, now);
        community.raise(new CommunityProposed(
                id,
                regionId,
                community.name,
                type,
                community.status,
                community.joinPolicy,
                community.leadId,
                List.copyOf(community.coLeadIds)));
        return community;
    }

    /** Changes what the leads describe; raises nothing (and returns false) when nothing changed. */
    boolean update(CommunityDetails details, Instant now) {
        requireNotEnded();
        if (details.equals(details())) {
            return false;
        }
        describe(details, now);
        raise(new CommunityUpdated(id(), regionId, name, type, status, joinPolicy, leadId, List.copyOf(coLeadIds)));
        return true;
    }

    void verify(String admin, Instant now) {
        requireProposed();
        if (coLeadIds.size() < REQUIRED_CO_LEADS) {
            throw new RuleViolationException(
                    "co-leads-required",
                    "community %s has %d co-leads".formatted(id(), coLeadIds.size()),
                    REQUIRED_CO_LEADS,
                    coLeadIds.size());
        }
        this.status = CommunityStatus.ACTIVE;
        this.decidedAt = now;
        this.decidedBy = admin;
        raise(new CommunityVerified(id(), regionId, name, type, status, joinPolicy, leadId, List.copyOf(coLeadIds)));
    }

    void reject(String admin, String reason, Instant now) {
        requireProposed();
        this.status = CommunityStatus.REJECTED;
        this.decidedAt = now;
        this.decidedBy = admin;
        this.rejectionReason = reason;
        raise(new CommunityRejected(
                id(), regionId, name, type, status, joinPolicy, leadId, List.copyOf(coLeadIds), reason));
    }

    void archive(String by, Instant now) {
        requireNotEnded();
        this.status = CommunityStatus.ARCHIVED;
        this.archivedAt = now;
        this.archivedBy = by;
        raise(new CommunityArchived(id(), regionId, name, type, status, joinPolicy, leadId, List.copyOf(coLeadIds)));
    }

    /** Makes a member a co-lead; false when they already are one. */
    boolean appointCoLead(String memberId) {
        requireNotEnded();
        if (leadId.equals(memberId)) {
            throw leadMustHandOver(memberId);
        }
        if (coLeadIds.contains(memberId)) {
            return false;
        }
        if (coLeadIds.size() >= MAX_CO_LEADS) {
            throw new RuleViolationException(
                    "co-lead-limit", "community %s has %d co-leads".formatted(id(), MAX_CO_LEADS));
        }
        coLeadIds.add(memberId);
        leadershipChanged();
        return true;
    }

    /**
     * A co-lead goes back to being a member, or stops leading because their membership ended; false
     * when they were not a co-lead. Allowed in every status: it only records that they no longer lead.
     */
    boolean releaseCoLead(String memberId) {
        if (leadId.equals(memberId)) {
            throw leadMustHandOver(memberId);
        }
        if (!coLeadIds.remove(memberId)) {
            return false;
        }
        leadershipChanged();
        return true;
    }

    /**
     * Hands the lead to another member. The outgoing lead takes the newcomer's former place: a
     * co-lead's seat if the new lead was a co-lead, otherwise plain membership. So the community keeps
     * exactly one lead and as many co-leads as before.
     */
    boolean handOverLead(String newLeadId) {
        requireNotEnded();
        if (leadId.equals(newLeadId)) {
            return false;
        }
        int seat = coLeadIds.indexOf(newLeadId);
        if (seat >= 0) {
            coLeadIds.set(seat, leadId);
        }
        leadId = newLeadId;
        leadershipChanged();
        return true;
    }

    CommunityRole roleOf(String memberId) {
        if (leadId.equals(memberId)) {
            return CommunityRole.LEAD;
        }
        return coLeadIds.contains(memberId) ? CommunityRole.CO_LEAD : CommunityRole.MEMBER;
    }

    private void leadershipChanged() {
        raise(new CommunityLeadershipChanged(
                id(), regionId, name, type, status, joinPolicy, leadId, List.copyOf(coLeadIds)));
    }

    private void describe(CommunityDetails details, Instant now) {
        if (meetingFrequency == null || !details.meeting().equals(meeting())) {
            this.meetingSince = now;
        }
        this.name = details.name();
        this.description = details.description();
        this.subjects = new ArrayList<>(details.subjects());
        this.levels = new ArrayList<>(details.levels());
        this.joinPolicy = details.joinPolicy();
        this.meetingFrequency = details.meeting().frequency();
        this.meetingDay = details.meeting().dayOfWeek();
        this.meetingTime = details.meeting().time().toString();
        this.nameKey = SearchKeys.normalize(name);
        this.searchKeys = SearchKeys.of(name, type, subjects, levels);
    }

    private void requireProposed() {
        if (status != CommunityStatus.PROPOSED) {
            throw new ConflictException(
                    "community-not-proposed", "community %s is %s".formatted(id(), status), status.name());
        }
    }

    private void requireNotEnded() {
        if (isEnded()) {
            throw new ConflictException("community-ended", "community %s is %s".formatted(id(), status), status.name());
        }
    }

    private static RuleViolationException leadMustHandOver(String memberId) {
        return new RuleViolationException("lead-must-hand-over", memberId + " leads the community");
    }

    boolean isEnded() {
        return status == CommunityStatus.ARCHIVED || status == CommunityStatus.REJECTED;
    }

    CommunityDetails details() {
        return new CommunityDetails(name, description, subjects, levels, joinPolicy, meeting());
    }

    RoutineMeeting meeting() {
        return new RoutineMeeting(meetingFrequency, meetingDay, LocalTime.parse(meetingTime));
    }

    String regionId() {
        return regionId;
    }

    CommunityType type() {
        return type;
    }

    CommunityStatus status() {
        return status;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    List<String> subjects() {
        return List.copyOf(subjects);
    }

    List<EducationLevel> levels() {
        return List.copyOf(levels);
    }

    JoinPolicy joinPolicy() {
        return joinPolicy;
    }

    Instant meetingSince() {
        return meetingSince;
    }

    String leadId() {
        return leadId;
    }

    List<String> coLeadIds() {
        return List.copyOf(coLeadIds);
    }

    String proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    @Nullable
    String rejectionReason() {
        return rejectionReason;
    }

    @Nullable
    Instant archivedAt() {
        return archivedAt;
    }

    String nameKey() {
        return nameKey;
    }
}

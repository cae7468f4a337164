package id.kombel.membership.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.kombel.platform.security.Caller;
import id.kombel.platform.security.Role;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The replica knows who is an active member of which community, in which role, newest version wins. */
@IntegrationTest
class MembershipReplicaTest {

    @Autowired
    Memberships memberships;

    @Autowired
    MongoTemplate mongo;

    KafkaProbe communityTopic;
    KafkaProbe topic;
    String community;

    @BeforeEach
    void anActiveCommunity() {
        communityTopic = KafkaProbe.onCreating(MembershipTopics.COMMUNITY, 3);
        topic = KafkaProbe.onCreating(MembershipTopics.MEMBERSHIP, 3);
        community = UUID.randomUUID().toString();
        communityEvent("CommunityVerified", community, 4, "ACTIVE");
    }

    @AfterEach
    void closeTopics() {
        communityTopic.close();
        topic.close();
    }

    @Test
    void followsAMemberFromRequestToJoiningToRoleChangesToLeaving() {
        send("MembershipRequested", "teacher-1", 1, "MEMBER", "REQUESTED");
        awaitVersion("teacher-1", 1);
        assertThat(memberships.roleOf(community, "teacher-1")).isEmpty();

        send("MemberJoined", "teacher-1", 2, "MEMBER", "ACTIVE");
        awaitVersion("teacher-1", 2);
        assertThat(memberships.roleOf(community, "teacher-1")).contains(CommunityRole.MEMBER);
        assertThat(memberships.requireMember(caller("teacher-1"), community)).isEqualTo(CommunityRole.MEMBER);
        assertThatThrownBy(() -> memberships.requireLead(caller("teacher-1"), community))
                .isInstanceOf(ForbiddenException.class);

        send("MemberRoleChanged", "teacher-1", 3, "CO_LEAD", "ACTIVE");
        awaitVersion("teacher-1", 3);
        assertThat(memberships.requireLead(caller("teacher-1"), community)).isEqualTo(CommunityRole.CO_LEAD);

        send("MemberLeft", "teacher-1", 4, "CO_LEAD", "LEFT");
        awaitVersion("teacher-1", 4);
        assertThat(memberships.roleOf(community, "teacher-1")).isEmpty();
        assertThatThrownBy(() -> memberships.requireMember(caller("teacher-1"), community))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void invitedDeclinedAndRemovedMembersAreNotMembers() {
        send("MemberInvited", "invitee", 1, "CO_LEAD", "INVITED");
        send("MemberJoined", "declined", 1, "MEMBER", "REQUESTED");
        send("MembershipDeclined", "declined", 2, "MEMBER", "DECLINED");
        send("MemberJoined", "removed", 1, "MEMBER", "ACTIVE");
        send("MemberRemoved", "removed", 2, "MEMBER", "REMOVED");
        awaitVersion("invitee", 1);
        awaitVersion("declined", 2);
        awaitVersion("removed", 2);

        assertThat(memberships.roleOf(community, "invitee")).isEmpty();
        assertThat(memberships.roleOf(community, "declined")).isEmpty();
        assertThat(memberships.roleOf(community, "removed")).isEmpty();
    }

    @Test
    void keepsTheNewestVersionWhenAnOlderOneArrivesLate() {
        send("MemberRoleChanged", "teacher-2", 3, "LEAD", "ACTIVE");
        send("MemberJoined", "teacher-2", 1, "MEMBER", "ACTIVE");
        send("MemberLeft", "teacher-2", 2, "MEMBER", "LEFT");
        String marker = topic.keyOnSamePartitionAs(community + ":teacher-2");
        topic.send(topic.event("MemberJoined", UUID.randomUUID().toString(), marker, 1, """
                {"membershipId":"%s","communityId":"c","memberId":"m","role":"MEMBER","status":"ACTIVE"}""".formatted(marker)));

        await("later event of another membership applied")
                .until(() -> mongo.findById(marker, MembershipReplica.class) != null);
        assertThat(memberships.roleOf(community, "teacher-2")).contains(CommunityRole.LEAD);
        assertThat(memberships.find(community, "teacher-2").orElseThrow().sourceVersion())
                .isEqualTo(3);
    }

    @Test
    void strangersOfAPrivateCommunityAreToldItDoesNotExist() {
        String proposed = UUID.randomUUID().toString();
        communityEvent("CommunityProposed", proposed, 1, "PROPOSED");
        await("replica created").until(() -> mongo.findById(proposed, CommunityReplica.class) != null);

        assertThatThrownBy(() -> memberships.requireMember(caller("stranger"), proposed))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> memberships.requireMember(caller("stranger"), "never-heard-of"))
                .isInstanceOf(NotFoundException.class);
        await("active community replicated").until(() -> mongo.findById(community, CommunityReplica.class) != null);
        assertThatThrownBy(() -> memberships.requireMember(caller("stranger"), community))
                .isInstanceOf(ForbiddenException.class);
    }

    private void send(String type, String memberId, long version, String role, String status) {
        String id = community + ":" + memberId;
        topic.send(topic.event(
                type, UUID.randomUUID().toString(), id, version, """
                {"membershipId":"%s","communityId":"%s","memberId":"%s","role":"%s","status":"%s","by":"x"}""".formatted(id, community, memberId, role, status)));
    }

    private void communityEvent(String type, String id, long version, String status) {
        communityTopic.send(
                communityTopic.event(type, UUID.randomUUID().toString(), id, version, """
                {"communityId":"%s","regionId":"kota-bandung","name":"Kombel","type":"SCHOOL","status":"%s",\
                "joinPolicy":"OPEN","leadId":"lead","coLeadIds":["co-1","co-2"]}""".formatted(id, status)));
    }

    private void awaitVersion(String memberId, long version) {
        await("version " + version + " of " + memberId)
                .until(() -> memberships
                        .find(community, memberId)
                        .map(m -> m.sourceVersion() == version)
                        .orElse(false));
    }

    private static Caller caller(String memberId) {
        return new Caller(memberId, Set.of(Role.MEMBER), Set.of());
    }
}

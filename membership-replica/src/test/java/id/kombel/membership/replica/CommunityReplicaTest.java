package id.kombel.membership.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.kombel.platform.web.NotFoundException;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The replica follows membership-service's community events, newest version wins. */
@IntegrationTest
class CommunityReplicaTest {

    @Autowired
    Communities communities;

    @Autowired
    MongoTemplate mongo;

    KafkaProbe topic;

    @BeforeEach
    void openTopic() {
        topic = KafkaProbe.onCreating(MembershipTopics.COMMUNITY, 3);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void replicatesAProposedCommunity() {
        String id = UUID.randomUUID().toString();
        send("CommunityProposed", id, 1, state(id, "Guru Matematika SMP Bandung", "PROPOSED", "[]"));

        await("replica created").until(() -> mongo.findById(id, CommunityReplica.class) != null);
        CommunityReplica replica = communities.require(id);
        assertThat(replica.name()).isEqualTo("Guru Matematika SMP Bandung");
        assertThat(replica.regionId()).isEqualTo("kota-bandung");
        assertThat(replica.type()).isEqualTo("CROSS_SCHOOL");
        assertThat(replica.status()).isEqualTo("PROPOSED");
        assertThat(replica.joinPolicy()).isEqualTo("APPROVAL");
        assertThat(replica.leadId()).isEqualTo("lead-1");
        assertThat(replica.coLeadIds()).isEmpty();
        assertThat(replica.sourceVersion()).isEqualTo(1);
    }

    @Test
    void readsAFirstReleaseCommunityProposedWithoutLeadership() {
        String id = UUID.randomUUID().toString();
        send("CommunityProposed", id, 1, """
                {"communityId":"%s","regionId":"kab-sleman","name":"Kombel SD Sleman","type":"SCHOOL",\
                "status":"PROPOSED","futureField":1}""".formatted(id));

        await("replica created").until(() -> mongo.findById(id, CommunityReplica.class) != null);
        CommunityReplica replica = communities.require(id);
        assertThat(replica.status()).isEqualTo("PROPOSED");
        assertThat(replica.leadId()).isNull();
        assertThat(replica.coLeadIds()).isNull();
    }

    @Test
    void followsEveryChangeOfACommunitysLifeAndLeadership() {
        String id = UUID.randomUUID().toString();
        send("CommunityProposed", id, 1, state(id, "Kombel IPA", "PROPOSED", "[]"));
        send("CommunityLeadershipChanged", id, 2, state(id, "Kombel IPA", "PROPOSED", "[\"co-1\"]"));
        send("CommunityLeadershipChanged", id, 3, state(id, "Kombel IPA", "PROPOSED", "[\"co-1\",\"co-2\"]"));
        send("CommunityVerified", id, 4, state(id, "Kombel IPA", "ACTIVE", "[\"co-1\",\"co-2\"]"));
        awaitVersion(id, 4);
        assertThat(communities.require(id).isActive()).isTrue();
        assertThat(communities.require(id).coLeadIds()).containsExactly("co-1", "co-2");

        send("CommunityUpdated", id, 5, state(id, "Kombel IPA Terpadu", "ACTIVE", "[\"co-1\",\"co-2\"]"));
        awaitVersion(id, 5);
        assertThat(communities.require(id).name()).isEqualTo("Kombel IPA Terpadu");

        send("CommunityArchived", id, 6, state(id, "Kombel IPA Terpadu", "ARCHIVED", "[\"co-1\",\"co-2\"]"));
        awaitVersion(id, 6);
        assertThat(communities.require(id).isOpenForActivity()).isFalse();

        String rejected = UUID.randomUUID().toString();
        send(
                "CommunityRejected",
                rejected,
                2,
                state(rejected, "Kombel Ganda", "REJECTED", "[]").replace("}", ",\"reason\":\"Sudah ada\"}"));
        awaitVersion(rejected, 2);
        assertThat(communities.require(rejected).status()).isEqualTo("REJECTED");
        assertThat(communities.require(rejected).isPublic()).isFalse();
    }

    @Test
    void keepsTheNewestVersionWhenAnOlderOneArrivesLate() {
        String id = UUID.randomUUID().toString();
        send("CommunityVerified", id, 4, state(id, "Nama terbaru", "ACTIVE", "[\"co-1\",\"co-2\"]"));
        send("CommunityProposed", id, 1, state(id, "Nama lama", "PROPOSED", "[]"));
        send("CommunityLeadershipChanged", id, 2, state(id, "Nama lama", "PROPOSED", "[\"co-1\"]"));
        String marker = topic.keyOnSamePartitionAs(id);
        send("CommunityProposed", marker, 1, state(marker, "Penanda", "PROPOSED", "[]"));

        await("later event of another community applied")
                .until(() -> mongo.findById(marker, CommunityReplica.class) != null);
        CommunityReplica replica = communities.require(id);
        assertThat(replica.name()).isEqualTo("Nama terbaru");
        assertThat(replica.status()).isEqualTo("ACTIVE");
        assertThat(replica.coLeadIds()).containsExactly("co-1", "co-2");
        assertThat(replica.sourceVersion()).isEqualTo(4);
    }

    @Test
    void anUnknownCommunityIsNotFound() {
        assertThatThrownBy(() -> communities.require("never-proposed")).isInstanceOf(NotFoundException.class);
    }

    private void send(String type, String id, long version, String json) {
        topic.send(topic.event(type, UUID.randomUUID().toString(), id, version, json));
    }

    private void awaitVersion(String id, long version) {
        await("version " + version + " of " + id).until(() -> {
            CommunityReplica replica = mongo.findById(id, CommunityReplica.class);
            return replica != null && replica.sourceVersion() == version;
        });
    }

    private static String state(String id, String name, String status, String coLeads) {
        return """
                {"communityId":"%s","regionId":"kota-bandung","name":"%s","type":"CROSS_SCHOOL","status":"%s",\
                "joinPolicy":"APPROVAL","leadId":"lead-1","coLeadIds":%s,"futureField":1}""".formatted(id, name, status, coLeads);
    }
}

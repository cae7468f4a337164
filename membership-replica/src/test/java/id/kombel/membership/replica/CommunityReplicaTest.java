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
        topic.send(topic.event(
                "CommunityProposed", UUID.randomUUID().toString(), id, 1, proposed(id, "Guru Matematika SMP Bandung")));

        await("replica created").until(() -> mongo.findById(id, CommunityReplica.class) != null);
        CommunityReplica replica = communities.require(id);
        assertThat(replica.name()).isEqualTo("Guru Matematika SMP Bandung");
        assertThat(replica.regionId()).isEqualTo("kota-bandung");
        assertThat(replica.type()).isEqualTo("CROSS_SCHOOL");
        assertThat(replica.status()).isEqualTo("PROPOSED");
        assertThat(replica.sourceVersion()).isEqualTo(1);
    }

    @Test
    void keepsTheNewestVersionWhenAnOlderOneArrivesLate() {
        String id = UUID.randomUUID().toString();
        topic.send(topic.event("CommunityProposed", UUID.randomUUID().toString(), id, 4, proposed(id, "Nama terbaru")));
        topic.send(topic.event("CommunityProposed", UUID.randomUUID().toString(), id, 2, proposed(id, "Nama lama")));
        String marker = topic.keyOnSamePartitionAs(id);
        topic.send(
                topic.event("CommunityProposed", UUID.randomUUID().toString(), marker, 1, proposed(marker, "Penanda")));

        await("later event of another community applied")
                .until(() -> mongo.findById(marker, CommunityReplica.class) != null);
        CommunityReplica replica = communities.require(id);
        assertThat(replica.name()).isEqualTo("Nama terbaru");
        assertThat(replica.sourceVersion()).isEqualTo(4);
    }

    @Test
    void anUnknownCommunityIsNotFound() {
        assertThatThrownBy(() -> communities.require("never-proposed")).isInstanceOf(NotFoundException.class);
    }

    private static String proposed(String id, String name) {
        return """
                {"communityId":"%s","regionId":"kota-bandung","name":"%s","type":"CROSS_SCHOOL","status":"PROPOSED","futureField":1}""".formatted(id, name);
    }
}

package id.kombel.membership.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.kombel.platform.web.NotFoundException;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The region replica gives other services a region's time zone, newest version wins. */
@IntegrationTest
class RegionReplicaTest {

    @Autowired
    Regions regions;

    @Autowired
    MongoTemplate mongo;

    KafkaProbe topic;

    @BeforeEach
    void openTopic() {
        topic = KafkaProbe.onCreating(MembershipTopics.REGION, 3);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void knowsACreatedRegionAndItsTimeZone() {
        String id = "kota-" + UUID.randomUUID();
        send("RegionCreated", id, 1, state(id, "Kota Makassar", "WITA"));

        await("replica created").until(() -> regions.find(id).isPresent());
        RegionReplica region = regions.require(id);
        assertThat(region.name()).isEqualTo("Kota Makassar");
        assertThat(region.province()).isEqualTo("Sulawesi Selatan");
        assertThat(regions.zoneOf(id)).isEqualTo(ZoneId.of("Asia/Makassar"));
    }

    @Test
    void followsATimeZoneChangeAndIgnoresAnOlderEventArrivingLate() {
        String id = "kab-" + UUID.randomUUID();
        send("RegionCreated", id, 1, state(id, "Kabupaten Jayapura", "WITA"));
        send("RegionUpdated", id, 2, state(id, "Kabupaten Jayapura", "WIT"));
        await("update applied")
                .until(() -> regions.find(id).map(r -> r.sourceVersion() == 2).orElse(false));
        send("RegionCreated", id, 1, state(id, "Nama lama", "WITA"));
        String marker = topic.keyOnSamePartitionAs(id);
        send("RegionCreated", marker, 1, state(marker, "Penanda", "WIB"));

        await("later event of another region applied")
                .until(() -> regions.find(marker).isPresent());
        assertThat(regions.zoneOf(id)).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(regions.require(id).name()).isEqualTo("Kabupaten Jayapura");
    }

    @Test
    void anUnknownRegionIsNotFoundRatherThanGuessed() {
        assertThatThrownBy(() -> regions.zoneOf("never-created")).isInstanceOf(NotFoundException.class);
    }

    private void send(String type, String id, long version, String json) {
        topic.send(topic.event(type, UUID.randomUUID().toString(), id, version, json));
    }

    private static String state(String id, String name, String zone) {
        return """
                {"regionId":"%s","name":"%s","province":"Sulawesi Selatan","timeZone":"%s","futureField":1}""".formatted(id, name, zone);
    }
}

package id.kombel.membership.replica;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.platform.events.EventCatalog;
import id.kombel.platform.events.EventMessageConverter;
import id.kombel.test.EventContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every event the replica consumes is in the catalog, and every catalogued example is readable. */
class ConsumedEventsContractTest {

    static final List<String> REGION_EVENTS = List.of("RegionCreated", "RegionUpdated");
    static final List<String> COMMUNITY_EVENTS = List.of(
            "CommunityProposed",
            "CommunityVerified",
            "CommunityRejected",
            "CommunityUpdated",
            "CommunityArchived",
            "CommunityLeadershipChanged");
    static final List<String> MEMBERSHIP_EVENTS = List.of(
            "MembershipRequested",
            "MemberInvited",
            "MemberJoined",
            "MembershipDeclined",
            "MemberLeft",
            "MemberRemoved",
            "MemberRoleChanged");
    static final List<String> CONSUMED = Stream.of(REGION_EVENTS, COMMUNITY_EVENTS, MEMBERSHIP_EVENTS)
            .flatMap(List::stream)
            .toList();

    private final EventContract contract = EventContract.load();
    private final EventCatalog consumed = EventCatalog.scan(
            List.of("id.kombel.membership.replica"), getClass().getClassLoader());
    private final EventMessageConverter converter =
            new EventMessageConverter(consumed, JsonMapper.builder().build());

    @Test
    void readsEveryCataloguedExampleOfTheEventsItConsumes() {
        for (String type : CONSUMED) {
            assertThat(consumed.eventClass(type))
                    .as("consumer record for %s", type)
                    .isPresent();
            for (String example : contract.examples(type)) {
                Object event = converter
                        .toMessage(record(type, example), null, null, null)
                        .getPayload();

                assertThat(event).isInstanceOf(consumed.eventClass(type).orElseThrow());
                assertThat(event).hasNoNullFieldsOrProperties();
            }
        }
    }

    private static ConsumerRecord<String, byte[]> record(String type, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", "example".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/kombel/membership-service".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", "example".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_aggregateversion", "1".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(
                COMMUNITY_EVENTS.contains(type) ? MembershipTopics.COMMUNITY : MembershipTopics.MEMBERSHIP,
                0,
                0,
                0L,
                TimestampType.CREATE_TIME,
                0,
                0,
                "example",
                json.getBytes(StandardCharsets.UTF_8),
                headers,
                java.util.Optional.empty());
    }
}

package id.kombel.membership.consumed;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.platform.events.EventCatalog;
import id.kombel.platform.events.EventMessageConverter;
import id.kombel.test.EventContract;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * membership-service's own readings of learning-service's and discussion-service's events read every
 * example the producers catalogued: a producer renaming or dropping a field the inbox or the
 * engagement profile needs fails here, not in production.
 */
class ConsumedEventsContractTest {

    static final List<String> CONSUMED = List.of(
            "RegistrationConfirmed",
            "RegistrationWaitlisted",
            "RegistrationCancelled",
            "AttendanceRecorded",
            "LearningHoursCredited",
            "CertificateIssued",
            "RecommendationsFound",
            "ReflectionShared",
            "ProblemPosted",
            "SolutionProposed",
            "SolutionAccepted",
            "TrialOutcomeReported",
            "TrialFollowUpDue",
            "AppreciationGiven",
            "FollowedProblemChanged");

    private final EventContract contract = EventContract.load();
    private final EventCatalog consumed = EventCatalog.scan(
            List.of("id.kombel.membership.learningevents", "id.kombel.membership.discussionevents"),
            getClass().getClassLoader());
    private final EventMessageConverter converter =
            new EventMessageConverter(consumed, JsonMapper.builder().build());

    @Test
    void readsEveryCataloguedExampleOfTheOtherServicesEventsItConsumes() {
        for (String type : CONSUMED) {
            Class<?> reading = consumed.eventClass(type).orElseThrow(() -> new AssertionError("no reading of " + type));
            List<String> examples = contract.examples(type);
            assertThat(examples).as("catalogued examples of %s", type).isNotEmpty();
            for (String example : examples) {
                Object event = converter
                        .toMessage(record(type, example), null, null, null)
                        .getPayload();

                assertThat(event).as("%s read from its example", type).isInstanceOf(reading);
                assertThat(event).as("%s read from its example", type).hasNoNullFieldsOrProperties();
            }
        }
    }

    private static ConsumerRecord<String, byte[]> record(String type, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", "example".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/kombel/producer".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", "example".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_aggregateversion", "1".getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(
                "example",
                0,
                0,
                0L,
                TimestampType.CREATE_TIME,
                0,
                0,
                "example",
                json.getBytes(StandardCharsets.UTF_8),
                headers,
                Optional.empty());
    }
}

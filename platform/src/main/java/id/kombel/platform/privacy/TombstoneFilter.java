package id.kombel.platform.privacy;

import id.kombel.platform.events.CloudEventHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * What a consumed event may still say about erased members, decided once for every listener:
 *
 * <ul>
 *   <li>an event about an erased member's own aggregate (its subject, or a part of a composite
 *       {@code community:member} subject, names them) is dropped: it would restore their data;
 *   <li>an event that only mentions an erased member (they accepted a solution, they followed a
 *       problem) is delivered with their id replaced by {@link ErasedMembers#FORMER_MEMBER}, so other
 *       members' data it carries still arrives;
 *   <li>anything else passes untouched.
 * </ul>
 *
 * Privacy requests and answers are exempt: they name the member on purpose.
 */
public class TombstoneFilter {

    private final ErasedMembers erased;
    private final JsonMapper json;

    public TombstoneFilter(ErasedMembers erased, JsonMapper json) {
        this.erased = erased;
        this.json = json;
    }

    /** @return the record to deliver (the same, or rewritten), or null to drop it */
    public <K, V> @Nullable ConsumerRecord<K, V> filter(ConsumerRecord<K, V> record) {
        if (PrivacyTopics.isPrivacyTopic(record.topic())) {
            return record;
        }
        String subject = CloudEventHeaders.text(record.headers(), CloudEventHeaders.SUBJECT);
        if (!(record.value() instanceof byte[] body)) {
            return record;
        }
        JsonNode payload;
        try {
            payload = json.readTree(body);
        } catch (JacksonException malformed) {
            return record; // the converter rejects it and it goes to the dead-letter topic
        }
        List<String> candidates = new ArrayList<>();
        if (subject != null) {
            candidates.addAll(List.of(subject.split(":")));
        }
        collectStrings(payload, candidates);
        Set<String> erasedIds = erased.erasedAmong(candidates);
        if (erasedIds.isEmpty()) {
            return record;
        }
        if (subject != null && List.of(subject.split(":")).stream().anyMatch(erasedIds::contains)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        V anonymized = (V) json.writeValueAsBytes(anonymize(payload, erasedIds));
        return new ConsumerRecord<>(
                record.topic(),
                record.partition(),
                record.offset(),
                record.timestamp(),
                record.timestampType(),
                record.serializedKeySize(),
                record.serializedValueSize(),
                record.key(),
                anonymized,
                record.headers(),
                record.leaderEpoch());
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        } else if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                collectStrings(child, into);
            }
        }
    }

    private static JsonNode anonymize(JsonNode node, Set<String> erasedIds) {
        if (node.isString() && erasedIds.contains(node.asString())) {
            return StringNode.valueOf(ErasedMembers.FORMER_MEMBER);
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                object.set(field.getKey(), anonymize(field.getValue(), erasedIds));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, anonymize(array.get(i), erasedIds));
            }
        }
        return node;
    }
}

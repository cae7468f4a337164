package id.kombel.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event catalog ({@code docs/events/asyncapi.yaml}) as a test oracle: producers check what they
 * really published against it, consumers check they can read its examples. The checker covers the
 * subset of JSON Schema the catalog uses: object, required, additionalProperties false, property
 * types, enum and const.
 */
public final class EventContract {

    private static final String CATALOG = "docs/events/asyncapi.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> document;

    private EventContract(Map<String, Object> document) {
        this.document = document;
    }

    /** The catalog of this repository, found from the module directory upwards. */
    public static EventContract load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(CATALOG))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    CATALOG + " not found above " + Path.of("").toAbsolutePath());
        }
        try (Reader reader = Files.newBufferedReader(dir.resolve(CATALOG), StandardCharsets.UTF_8)) {
            return new EventContract(new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the record is a catalogued message, on its channel, with valid headers and body. */
    public void assertConforms(ConsumerRecord<String, byte[]> record) {
        String type = KafkaProbe.header(record, "ce_type");
        assertThat(type).as("ce_type").isNotBlank();
        assertThat(channelsOf(type)).as("channels that carry %s", type).contains(record.topic());
        Map<String, Object> headerSchema = map(map(map(document, "components"), "schemas"), "CloudEventHeaders");
        for (String header : strings(headerSchema.get("required"))) {
            assertThat(KafkaProbe.header(record, header))
                    .as("header %s of %s", header, type)
                    .isNotBlank();
        }
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(record.key());
        Object body = JSON.readValue(KafkaProbe.body(record), Object.class);
        List<String> problems = new ArrayList<>();
        check(payloadSchema(type), body, "$", problems);
        assertThat(problems)
                .as("%s body %s against the catalog", type, KafkaProbe.body(record))
                .isEmpty();
    }

    /** The example payloads of a message, as JSON, for consumer-side tests. */
    public List<String> examples(String type) {
        List<String> examples = new ArrayList<>();
        for (Object example : list(message(type).get("examples"))) {
            examples.add(JSON.writeValueAsString(map(example, "payload")));
        }
        assertThat(examples).as("examples of %s", type).isNotEmpty();
        return examples;
    }

    /** Every message name in the catalog. */
    public Set<String> messageNames() {
        return map(map(document, "components"), "messages").keySet();
    }

    private Map<String, Object> message(String type) {
        Map<String, Object> messages = map(map(document, "components"), "messages");
        if (!messages.containsKey(type)) {
            fail("event type " + type + " is not in " + CATALOG);
        }
        return map(messages, type);
    }

    private Map<String, Object> payloadSchema(String type) {
        return resolve(map(message(type), "payload"));
    }

    /** Follows a local {@code $ref} such as {@code #/components/schemas/RegionState}. */
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (!(ref instanceof String pointer)) {
            return schema;
        }
        if (!pointer.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + pointer);
        }
        Object target = document;
        for (String part : pointer.substring(2).split("/")) {
            target = map(target, part);
        }
        return resolve(map(target));
    }

    private List<String> channelsOf(String type) {
        List<String> addresses = new ArrayList<>();
        map(document, "channels").values().forEach(channel -> {
            Map<String, Object> messages = map(channel, "messages");
            if (messages.containsKey(type)) {
                addresses.add((String) map(channel).get("address"));
            }
        });
        return addresses;
    }

    private void check(Map<String, Object> unresolved, Object value, String path, List<String> problems) {
        Map<String, Object> schema = resolve(unresolved);
        if (schema.containsKey("enum") && !list(schema.get("enum")).contains(value)) {
            problems.add(path + " is " + value + ", not one of " + schema.get("enum"));
        }
        if (schema.containsKey("const") && !schema.get("const").equals(value)) {
            problems.add(path + " must be " + schema.get("const"));
        }
        String type = (String) schema.get("type");
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> checkObject(schema, value, path, problems);
            case "array" -> {
                if (!(value instanceof List<?> items)) {
                    problems.add(path + " must be an array");
                } else if (schema.containsKey("items")) {
                    for (int i = 0; i < items.size(); i++) {
                        check(map(schema, "items"), items.get(i), path + "[" + i + "]", problems);
                    }
                }
            }
            case "string" -> expect(value instanceof String, path, type, problems);
            case "integer" -> expect(value instanceof Integer || value instanceof Long, path, type, problems);
            case "number" -> expect(value instanceof Number, path, type, problems);
            case "boolean" -> expect(value instanceof Boolean, path, type, problems);
            default -> problems.add(path + ": the checker does not know type " + type);
        }
    }

    private void checkObject(Map<String, Object> schema, Object value, String path, List<String> problems) {
        if (!(value instanceof Map<?, ?> object)) {
            problems.add(path + " must be an object");
            return;
        }
        Map<String, Object> properties = schema.containsKey("properties") ? map(schema, "properties") : Map.of();
        for (String required : strings(schema.get("required"))) {
            if (object.get(required) == null) {
                problems.add(path + "." + required + " is required");
            }
        }
        for (Map.Entry<?, ?> field : object.entrySet()) {
            String name = (String) field.getKey();
            if (properties.containsKey(name)) {
                if (field.getValue() != null) {
                    check(map(properties, name), field.getValue(), path + "." + name, problems);
                }
            } else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                problems.add(path + "." + name + " is not in the catalog");
            }
        }
    }

    private static void expect(boolean condition, String path, String type, List<String> problems) {
        if (!condition) {
            problems.add(path + " must be of type " + type);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> map(Object parent, String key) {
        Object value = map(parent).get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("catalog has no object at " + key);
        }
        return map(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}

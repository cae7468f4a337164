package id.kombel.platform.events;

import java.time.Instant;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents attributes of a consumed event, for handlers that need more than the payload:
 * declare a parameter {@code @Header(EventMetadata.HEADER) EventMetadata metadata}.
 */
public record EventMetadata(
        String id, String type, String source, String subject, long aggregateVersion, Instant time) {

    public static final String HEADER = "kombel_event";

    static EventMetadata from(Headers headers) {
        String time = CloudEventHeaders.text(headers, CloudEventHeaders.TIME);
        String version = CloudEventHeaders.text(headers, CloudEventHeaders.AGGREGATE_VERSION);
        return new EventMetadata(
                required(headers, CloudEventHeaders.ID),
                required(headers, CloudEventHeaders.TYPE),
                required(headers, CloudEventHeaders.SOURCE),
                required(headers, CloudEventHeaders.SUBJECT),
                version == null ? 0 : Long.parseLong(version),
                time == null ? Instant.EPOCH : Instant.parse(time));
    }

    private static String required(Headers headers, String name) {
        String value = CloudEventHeaders.text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }
}

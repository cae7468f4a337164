package id.kombel.platform.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * CloudEvents 1.0 attributes in Kafka headers (binary content mode, Kafka protocol binding): the body
 * is the event's JSON, the attributes travel as {@code ce_*} headers.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the aggregate version this event brought the aggregate to. */
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";

    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}

    public static @Nullable String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

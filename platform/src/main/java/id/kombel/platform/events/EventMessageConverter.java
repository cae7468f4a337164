package id.kombel.platform.events;

import java.lang.reflect.Type;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a consumed CloudEvent into the handler's typed event record, chosen by {@code ce_type} (never
 * by a Java class name on the wire). Consumers are tolerant readers: fields they do not know are
 * ignored, so producers can add fields without breaking them.
 */
public class EventMessageConverter extends MessagingMessageConverter {

    private final EventCatalog catalog;
    private final JsonMapper reader;

    public EventMessageConverter(EventCatalog catalog, JsonMapper jsonMapper) {
        this.catalog = catalog;
        this.reader = jsonMapper
                .rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public Message<?> toMessage(
            ConsumerRecord<?, ?> record,
            @Nullable Object acknowledgment,
            @Nullable Object consumer,
            @Nullable Type type) {
        Message<?> message = super.toMessage(record, acknowledgment, consumer, type);
        return MessageBuilder.fromMessage(message)
                .setHeader(EventMetadata.HEADER, EventMetadata.from(record.headers()))
                .build();
    }

    @Override
    protected Object extractAndConvertValue(ConsumerRecord<?, ?> record, @Nullable Type type) {
        String typeName = CloudEventHeaders.text(record.headers(), CloudEventHeaders.TYPE);
        if (typeName == null) {
            throw new MalformedEventException("record without " + CloudEventHeaders.TYPE);
        }
        Class<?> target = catalog.eventClass(typeName)
                .orElseThrow(() -> new MalformedEventException("no event record for type " + typeName));
        if (!(record.value() instanceof byte[] body)) {
            throw new MalformedEventException("record value is not JSON bytes");
        }
        try {
            return reader.readValue(body, target);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + typeName, e);
        }
    }
}

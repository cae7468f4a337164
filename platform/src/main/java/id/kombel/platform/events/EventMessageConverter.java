package id.kombel.platform.events;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
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
 * ignored, so producers can add fields without breaking them. They are not credulous ones: every
 * field the consumer's record needs (a component not marked {@code @Nullable}) must be there, or
 * the record is malformed and goes to the dead-letter topic without touching any state (OWASP
 * API10, unsafe consumption: an event from another service is input like any other).
 */
public class EventMessageConverter extends MessagingMessageConverter {

    private final EventCatalog catalog;
    private final JsonMapper reader;
    private final ClassValue<List<Method>> required = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return requiredAccessors(type);
        }
    };

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
        Object event;
        try {
            event = reader.readValue(body, target);
        } catch (JacksonException e) {
            throw new MalformedEventException("unreadable " + typeName, e);
        }
        if (event == null) {
            throw new MalformedEventException(typeName + " without a body");
        }
        requireFields(typeName, event);
        return event;
    }

    private void requireFields(String typeName, Object event) {
        for (Method accessor : required.get(event.getClass())) {
            Object value;
            try {
                value = accessor.invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
            if (value == null) {
                throw new MalformedEventException(typeName + " without " + accessor.getName());
            }
        }
    }

    /**
     * The accessors of a record's components that may not be null: those without a {@code @Nullable}
     * type. Consumers' records are package-private, so the accessors are made accessible once here.
     */
    private static List<Method> requiredAccessors(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> !component.getType().isPrimitive())
                .filter(component -> !component.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(EventMessageConverter::accessible)
                .toList();
    }

    private static Method accessible(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return accessor;
    }
}

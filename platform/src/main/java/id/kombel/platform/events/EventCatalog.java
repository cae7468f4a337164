package id.kombel.platform.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ClassUtils;

/**
 * What this service publishes and consumes, found once at start-up in the application's packages:
 * event records ({@link EventType}), aggregates ({@link AggregateTopic}) and listener classes
 * ({@link KafkaListener}). Maps wire names to classes and back, and names the topics to create.
 */
public final class EventCatalog {

    private final Map<String, Class<?>> typesByName = new HashMap<>();
    private final Map<Class<?>, String> namesByType = new HashMap<>();
    private final Map<Class<?>, String> topicsByAggregate = new HashMap<>();
    private final Set<String> consumedTopics = new LinkedHashSet<>();
    private final Map<String, Map<String, String>> topicConfigs = new TreeMap<>();
    private final UnaryOperator<String> resolver;

    private EventCatalog(UnaryOperator<String> resolver) {
        this.resolver = resolver;
    }

    public static EventCatalog scan(Collection<String> basePackages, ClassLoader classLoader) {
        return scan(basePackages, classLoader, UnaryOperator.identity());
    }

    /**
     * @param resolver resolves {@code ${...}} placeholders in topic names (the environment's)
     */
    public static EventCatalog scan(
            Collection<String> basePackages, ClassLoader classLoader, UnaryOperator<String> resolver) {
        EventCatalog catalog = new EventCatalog(resolver);
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(AggregateTopic.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(KafkaListener.class));
        for (String basePackage : basePackages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                catalog.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
            }
        }
        return catalog;
    }

    public static EventCatalog of(Class<?>... classes) {
        EventCatalog catalog = new EventCatalog(UnaryOperator.identity());
        List.of(classes).forEach(catalog::add);
        return catalog;
    }

    private void add(Class<?> type) {
        EventType eventType = type.getAnnotation(EventType.class);
        if (eventType != null) {
            Class<?> previous = typesByName.putIfAbsent(eventType.value(), type);
            if (previous != null && previous != type) {
                throw new IllegalStateException("Event type " + eventType.value() + " is declared by both "
                        + previous.getName() + " and " + type.getName());
            }
            namesByType.put(type, eventType.value());
        }
        AggregateTopic topic = type.getAnnotation(AggregateTopic.class);
        if (topic != null) {
            String name = resolver.apply(topic.value());
            topicsByAggregate.put(type, name);
            for (String config : topic.config()) {
                String[] pair = config.split("=", 2);
                topicConfigs.computeIfAbsent(name, n -> new TreeMap<>()).put(pair[0], pair[1]);
            }
        }
        KafkaListener listener = type.getAnnotation(KafkaListener.class);
        if (listener != null) {
            List.of(listener.topics()).forEach(name -> consumedTopics.add(resolver.apply(name)));
        }
    }

    public String typeName(Class<?> eventClass) {
        String name = namesByType.get(eventClass);
        if (name == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return name;
    }

    public Optional<Class<?>> eventClass(String typeName) {
        return Optional.ofNullable(typesByName.get(typeName));
    }

    public String topicOf(Class<?> aggregateClass) {
        for (Class<?> type = aggregateClass; type != null; type = type.getSuperclass()) {
            String topic = topicsByAggregate.get(type);
            if (topic != null) {
                return topic;
            }
        }
        throw new IllegalArgumentException(aggregateClass.getName() + " is not annotated with @AggregateTopic");
    }

    public Set<Class<?>> aggregateClasses() {
        return topicsByAggregate.keySet();
    }

    public Set<String> producedTopics() {
        return new LinkedHashSet<>(topicsByAggregate.values());
    }

    public Set<String> consumedTopics() {
        return consumedTopics;
    }

    /** The configs a topic is created with beyond the defaults; empty for most. */
    public Map<String, String> topicConfig(String topic) {
        return topicConfigs.getOrDefault(topic, Map.of());
    }
}

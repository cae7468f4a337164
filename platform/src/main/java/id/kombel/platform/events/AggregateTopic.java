package id.kombel.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The topic all events of an aggregate type go to. Events are keyed by the aggregate id, so the
 * events of one aggregate stay in order on one partition.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AggregateTopic {

    /**
     * Topic name, {@code <service>.<aggregate>} in kebab case, declared once as a constant; a
     * {@code ${...}} placeholder is resolved from the environment (the platform's own aggregates).
     */
    String value();

    /**
     * Topic configs ({@code name=value}) the topic is created with, for the rare topic that needs
     * more than the defaults (the privacy topics take large records).
     */
    String[] config() default {};
}

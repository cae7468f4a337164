package id.kombel.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record on the wire ({@code ce_type}). The name is the contract, never the Java class
 * name: a producer's record and a consumer's own record for the same event carry the same name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Past-tense event name, for example {@code CommunityProposed}. */
    String value();
}

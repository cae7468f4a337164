/**
 * The one-command local platform: a real Kafka broker and the in-process MongoDB-compatible store
 * in this JVM, then every service and the gateway as their own JVMs, started in order, watched,
 * and stopped in order. Plain Java on purpose: the launcher must start in well under a second and
 * stay out of the apps' way.
 */
package id.kombel.local;

/**
 * The event backbone every service shares.
 *
 * <p>Producing: an {@link id.kombel.platform.events.AggregateRoot} raises events; the {@link
 * id.kombel.platform.events.AggregateStore} writes the state change and those events into the same
 * MongoDB document (its {@code outbox} field) in one atomic update; the {@link
 * id.kombel.platform.events.OutboxRelay} publishes them to Kafka with CloudEvents headers, an
 * idempotent producer and {@code acks=all}, then removes them from the document.
 *
 * <p>Consuming: {@code @KafkaListener} handler classes receive typed event records resolved from the
 * {@code ce_type} header; {@link id.kombel.platform.events.IdempotentConsumerInterceptor} drops
 * duplicates and stale versions; failing records are retried a bounded number of times and then go to
 * the consumer's dead-letter topic.
 */
@NullMarked
package id.kombel.platform.events;

import org.jspecify.annotations.NullMarked;

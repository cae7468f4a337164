/**
 * One test infrastructure for every service. {@link id.kombel.test.IntegrationTest} boots a service
 * against MongoDB and Kafka: Testcontainers (MongoDB replica set, Kafka) where Docker is available,
 * otherwise the in-process Kafka broker and the in-process MongoDB-compatible store. Choose explicitly
 * with {@code -Dkombel.test.infrastructure=containers|embedded} (or the environment variable
 * {@code KOMBEL_TEST_INFRASTRUCTURE}).
 */
@NullMarked
package id.kombel.test;

import org.jspecify.annotations.NullMarked;

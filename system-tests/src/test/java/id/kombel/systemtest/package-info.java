/**
 * System tests against the real platform: the local-platform launcher starts a Kafka broker and the
 * MongoDB-compatible store, every service and the gateway as separate JVMs, on free ports and a fresh
 * data folder. Security probes (OWASP API Security Top 10, 2023) and a fuzzer generated from the
 * services' OpenAPI documents run against it. See docs/reliability.md.
 */
@NullMarked
package id.kombel.systemtest;

import org.jspecify.annotations.NullMarked;

/**
 * Health indicators that work on real MongoDB and on the in-process store alike (Boot's own MongoDB
 * indicator sends {@code hello}, which the in-process store lacks), and one for Kafka.
 */
@NullMarked
package id.kombel.platform.health;

import org.jspecify.annotations.NullMarked;

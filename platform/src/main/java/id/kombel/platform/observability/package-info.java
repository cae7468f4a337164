/**
 * What ops teams watch beyond the series Micrometer and the event backbone already publish: the lag
 * of this service's consumer group per consumed topic, computed from committed offsets, and consumer
 * counters that exist from start-up so that rates and increases see their first event.
 */
@NullMarked
package id.kombel.platform.observability;

import org.jspecify.annotations.NullMarked;

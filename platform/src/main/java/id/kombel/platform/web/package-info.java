/**
 * The HTTP rules every API follows, written once: RFC 9457 problem details with stable types and
 * messages in Indonesian or English, strict JSON input, ETags and {@code If-Match}, and retry-safe
 * creating POSTs with {@code Idempotency-Key} ({@link id.kombel.platform.web.IdempotencyFilter}).
 */
@NullMarked
package id.kombel.platform.web;

import org.jspecify.annotations.NullMarked;

/**
 * The HTTP rules every API follows, written once: RFC 9457 problem details with stable types and
 * messages in Indonesian or English, strict JSON input, ETags and {@code If-Match}.
 */
@NullMarked
package id.kombel.platform.web;

import org.jspecify.annotations.NullMarked;

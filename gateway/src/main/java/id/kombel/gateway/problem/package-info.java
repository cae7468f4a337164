/**
 * Problem details (RFC 9457) for everything the gateway itself answers: the same {@code type} URIs
 * as the services ({@code https://kombel.id/problems/<type>}), titles and details in Indonesian by
 * default and in English when {@code Accept-Language} prefers it. The gateway is reactive, so it
 * cannot reuse the servlet platform's writer.
 */
@NullMarked
package id.kombel.gateway.problem;

import org.jspecify.annotations.NullMarked;

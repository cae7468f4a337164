/**
 * The reference web client (module {@code web}, packed into its jar under {@code META-INF/resources/})
 * served at {@code /}: the page itself always revalidated, its content-hashed assets cached for a
 * year, both public and outside the API's rate limits. The client talks only to {@code /api/v1}.
 */
@NullMarked
package id.kombel.gateway.webapp;

import org.jspecify.annotations.NullMarked;

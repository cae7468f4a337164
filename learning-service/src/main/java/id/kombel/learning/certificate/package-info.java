/**
 * Certificates of completed activities: issued on each attendee's registration when they are credited,
 * with an unguessable code, and verified by anyone (no token) at {@code
 * /api/v1/certificates/{code}/verification}.
 */
@NullMarked
package id.kombel.learning.certificate;

import org.jspecify.annotations.NullMarked;

/**
 * Certificates of completed activities: issued on each attendee's registration when they are credited,
 * with an unguessable code, verified by anyone (no token) at {@code
 * /api/v1/certificates/{code}/verification}, which names the holder from the member-name replica, and
 * printed as a PDF by the holder or the issuing community's leads at {@code
 * /api/v1/certificates/{code}/pdf}.
 */
@NullMarked
package id.kombel.learning.certificate;

import org.jspecify.annotations.NullMarked;

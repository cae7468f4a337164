/**
 * Registrations for activities: confirmed within the activity's capacity, otherwise waitlisted in
 * order and promoted when a seat frees up; cancelled by the member or with the activity. Each
 * registration (id {@code <activityId>:<memberId>}) is an aggregate of its own and later carries the
 * member's attendance, credit and certificate; the seats are counted in the activity's {@link
 * id.kombel.learning.registration.SeatLedger}.
 */
@NullMarked
package id.kombel.learning.registration;

import org.jspecify.annotations.NullMarked;

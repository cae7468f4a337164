/**
 * Attendance that resists gaming: the facilitator shows a rotating check-in code (derived with HMAC
 * from the activity's secret and the current time window), confirmed registrants check in with it only
 * while the activity runs, and the facilitator can mark or unmark attendance; the attendance report.
 * Attendance is recorded on the member's registration.
 */
@NullMarked
package id.kombel.learning.attendance;

import org.jspecify.annotations.NullMarked;

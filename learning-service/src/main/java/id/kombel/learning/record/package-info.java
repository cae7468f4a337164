/**
 * A member's learning record: learning hours credited per month, semester and year (in the region's
 * time zone of each activity), the activities behind them and their competencies; and attendees'
 * feedback on activities. Built from the member's credited registrations.
 */
@NullMarked
package id.kombel.learning.record;

import org.jspecify.annotations.NullMarked;

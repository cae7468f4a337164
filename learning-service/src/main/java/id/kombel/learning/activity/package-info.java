/**
 * Activities of a community: trainings, workshops, sharing sessions, routine meetings, peer
 * observations, lesson studies and webinars, scheduled in the community's region's time zone and run
 * by its lead and co-leads through draft, published, cancelled and completed. Other features read
 * activities through {@link id.kombel.learning.activity.Activities}.
 */
@NullMarked
package id.kombel.learning.activity;

import org.jspecify.annotations.NullMarked;

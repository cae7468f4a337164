/**
 * Reflections written after an attended activity, private or shared with the community, where
 * peers encourage them. Attendance is known from the registrations feature's events.
 */
@NullMarked
package id.kombel.learning.reflection;

import org.jspecify.annotations.NullMarked;

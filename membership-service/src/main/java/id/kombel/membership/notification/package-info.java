/**
 * The notifications inbox: what happened that concerns a member, fed by events from every service.
 * Members choose which kinds they want, quiet hours in their region's time zone (notifications
 * arriving then wait until the quiet hours end) and a daily digest instead of one notification per
 * event — overload is what users of forums complain about most.
 */
@NullMarked
package id.kombel.membership.notification;

import org.jspecify.annotations.NullMarked;

/**
 * The replica of membership-service's communities and memberships that learning- and
 * discussion-service keep, each in its own database, built from membership-service's topics and used
 * to authorize their requests ({@link id.kombel.membership.replica.Communities#require},
 * {@link id.kombel.membership.replica.Memberships#requireMember}, {@code requireLead}). Written once
 * here rather than copied into both services.
 */
@NullMarked
package id.kombel.membership.replica;

import org.jspecify.annotations.NullMarked;

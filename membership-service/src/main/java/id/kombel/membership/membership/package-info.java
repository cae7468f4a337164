/**
 * Memberships: one aggregate per (community, member) that moves between invited, requested, active,
 * declined, left and removed, with the member's role in the community. Its role follows the
 * community's leadership ({@link id.kombel.membership.membership.Leadership}); its full history is
 * kept apart, one document per change, from its events.
 */
@NullMarked
package id.kombel.membership.membership;

import org.jspecify.annotations.NullMarked;

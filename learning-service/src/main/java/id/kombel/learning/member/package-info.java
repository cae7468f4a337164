/**
 * The member-name replica: the display name membership-service publishes for each member
 * ({@code MemberRegistered}, {@code MemberProfileUpdated} on {@code membership.member}), kept with the
 * platform's {@code ReplicaWriter} so that a certificate can say who holds it. Nothing else of a
 * profile is kept. Erasure deletes the member's entry, and the platform's tombstones keep a replayed
 * event from writing it again.
 */
@NullMarked
package id.kombel.learning.member;

import org.jspecify.annotations.NullMarked;

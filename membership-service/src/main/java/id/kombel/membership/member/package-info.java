/**
 * Members: registration, the profile a teacher keeps (school, subjects, levels, educator type,
 * self-assessed digital skills), who may see which part of it, and the platform roles a member holds
 * (platform admin, region admin). The account's credential (email, password hash, sign-in failures)
 * lives in the member's document; {@link id.kombel.membership.member.MemberAccounts} is what the
 * identity feature uses to sign members in.
 */
@NullMarked
package id.kombel.membership.member;

import org.jspecify.annotations.NullMarked;

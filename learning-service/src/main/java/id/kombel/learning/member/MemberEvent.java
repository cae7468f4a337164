package id.kombel.learning.member;

/** A member event as this service reads it: each carries the member's current display name. */
sealed interface MemberEvent permits MemberRegistered, MemberProfileUpdated {

    String memberId();

    String name();
}

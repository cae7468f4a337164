package id.kombel.learning.member;

import id.kombel.platform.events.EventType;

/** Only the name is read; the rest of what others may see of a profile is not needed here. */
@EventType("MemberRegistered")
record MemberRegistered(String memberId, String name) implements MemberEvent {}

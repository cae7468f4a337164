package id.kombel.learning.member;

import id.kombel.platform.events.EventType;

@EventType("MemberProfileUpdated")
record MemberProfileUpdated(String memberId, String name) implements MemberEvent {}

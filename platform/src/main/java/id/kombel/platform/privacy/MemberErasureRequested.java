package id.kombel.platform.privacy;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member asked to be erased; every service erases them and answers with {@link MemberDataErased}. */
@EventType("MemberErasureRequested")
public record MemberErasureRequested(String requestId, String memberId, Instant requestedAt) {}

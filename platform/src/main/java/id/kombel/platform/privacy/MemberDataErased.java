package id.kombel.platform.privacy;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** One service erased (or anonymized) everything it held about the member. */
@EventType("MemberDataErased")
public record MemberDataErased(String requestId, String memberId, String service, Instant erasedAt) {}

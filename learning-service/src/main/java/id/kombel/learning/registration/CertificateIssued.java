package id.kombel.learning.registration;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** An attendee's certificate for a completed activity; {@code code} is what anyone can verify. */
@EventType("CertificateIssued")
public record CertificateIssued(
        String certificateId,
        String code,
        String activityId,
        String memberId,
        String title,
        int jp,
        Instant issuedAt) {}

package id.kombel.membership.learningevents;

import id.kombel.platform.events.EventType;

/** A certificate for an activity was issued to a member; {@code code} is what verifies it. */
@EventType("CertificateIssued")
public record CertificateIssued(
        String certificateId, String code, String activityId, String memberId, String title, int jp) {}

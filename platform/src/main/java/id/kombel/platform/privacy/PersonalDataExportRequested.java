package id.kombel.platform.privacy;

import id.kombel.platform.events.EventType;
import java.time.Instant;

/** A member asked for their data; every service answers with {@link PersonalDataExported}. */
@EventType("PersonalDataExportRequested")
public record PersonalDataExportRequested(String requestId, String memberId, Instant requestedAt) {}

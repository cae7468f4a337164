package id.kombel.membership.privacy;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One service's answer to an export request, id {@code <requestId>:<service>} (a redelivered answer
 * overwrites itself). The data is kept as the JSON text it arrived as: its keys are the contributors'
 * and need not suit MongoDB field names. MongoDB removes it at {@code expiresAt} (TTL); the service
 * also deletes the parts of an expired export when it is asked for.
 */
@Document(ExportPart.COLLECTION)
record ExportPart(
        @Id String id,
        @Indexed String requestId,
        String service,
        String json,
        Instant receivedAt,
        @Indexed(expireAfter = "0s") Instant expiresAt) {

    static final String COLLECTION = "privacy_export_parts";

    static String idOf(String requestId, String service) {
        return requestId + ":" + service;
    }
}

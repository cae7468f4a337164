package id.kombel.membership.privacy;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.privacy.PersonalDataExportRequested;
import id.kombel.platform.privacy.PrivacyTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's request for their data. It knows which services must answer and which did; the parts
 * themselves are {@link ExportPart} documents (they can be large). Ready when every expected service
 * answered; expired {@code exportTtl} after the request, whatever its state.
 */
@Document("privacy_exports")
@AggregateTopic(value = MembershipTopics.PRIVACY, config = PrivacyTopics.LARGE_MESSAGES)
@CompoundIndex(name = "member", def = "{'memberId': 1}")
class ExportRequest extends AggregateRoot {

    private String memberId;
    private Instant requestedAt;
    private Instant expiresAt;
    private List<String> expected = new ArrayList<>();
    private List<String> received = new ArrayList<>();

    @PersistenceCreator
    ExportRequest() {}

    private ExportRequest(String id, String memberId, List<String> expected, Instant now, Instant expiresAt) {
        super(id);
        this.memberId = memberId;
        this.expected = List.copyOf(expected);
        this.requestedAt = now;
        this.expiresAt = expiresAt;
    }

    static ExportRequest request(String id, String memberId, List<String> expected, Instant now, Instant expiresAt) {
        ExportRequest request = new ExportRequest(id, memberId, expected, now, expiresAt);
        request.raise(new PersonalDataExportRequested(id, memberId, now));
        return request;
    }

    boolean expects(String service) {
        return expected.contains(service);
    }

    /** @return false when the service's part was already there or is not expected (nothing changes) */
    boolean receive(String service) {
        if (!expected.contains(service) || received.contains(service)) {
            return false;
        }
        received = new ArrayList<>(received);
        received.add(service);
        return true;
    }

    ExportStatus status(Instant now) {
        if (!now.isBefore(expiresAt)) {
            return ExportStatus.EXPIRED;
        }
        return received.containsAll(expected) ? ExportStatus.READY : ExportStatus.PREPARING;
    }

    boolean isOf(String member) {
        return memberId.equals(member);
    }

    String memberId() {
        return memberId;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    List<String> received() {
        return List.copyOf(received);
    }

    List<String> pending() {
        return expected.stream().filter(service -> !received.contains(service)).toList();
    }
}

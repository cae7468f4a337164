package id.kombel.membership.privacy;

import id.kombel.membership.MembershipTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.privacy.MemberErasureRequested;
import id.kombel.platform.privacy.PrivacyTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a member asked to be erased, and which services confirmed. It never holds the member's id
 * (only the event it raised does, until the relay publishes it): what remains says where and when an
 * erasure happened, for region admins, and nothing about whom.
 */
@Document("privacy_erasures")
@AggregateTopic(value = MembershipTopics.PRIVACY, config = PrivacyTopics.LARGE_MESSAGES)
@CompoundIndex(name = "region_requested", def = "{'regionId': 1, 'requestedAt': -1, '_id': -1}")
@CompoundIndex(name = "requested", def = "{'requestedAt': -1, '_id': -1}")
class ErasureRequest extends AggregateRoot {

    private @Nullable String regionId;
    private Instant requestedAt;
    private List<String> expected = new ArrayList<>();
    private List<String> confirmed = new ArrayList<>();
    private @Nullable Instant completedAt;

    @PersistenceCreator
    ErasureRequest() {}

    private ErasureRequest(String id, @Nullable String regionId, List<String> expected, Instant now) {
        super(id);
        this.regionId = regionId;
        this.expected = List.copyOf(expected);
        this.requestedAt = now;
    }

    static ErasureRequest request(
            String id, String memberId, @Nullable String regionId, List<String> expected, Instant now) {
        ErasureRequest request = new ErasureRequest(id, regionId, expected, now);
        request.raise(new MemberErasureRequested(id, memberId, now));
        return request;
    }

    /** @return false when the service had confirmed already or is not expected (nothing changes) */
    boolean confirm(String service, Instant now) {
        if (!expected.contains(service) || confirmed.contains(service)) {
            return false;
        }
        confirmed = new ArrayList<>(confirmed);
        confirmed.add(service);
        if (confirmed.containsAll(expected)) {
            completedAt = now;
        }
        return true;
    }

    boolean isComplete() {
        return completedAt != null;
    }

    @Nullable
    String regionId() {
        return regionId;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    List<String> confirmed() {
        return List.copyOf(confirmed);
    }

    List<String> pending() {
        return expected.stream().filter(service -> !confirmed.contains(service)).toList();
    }
}

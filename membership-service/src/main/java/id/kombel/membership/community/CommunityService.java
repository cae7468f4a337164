package id.kombel.membership.community;

import id.kombel.platform.events.AggregateStore;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Community use cases; the rules live in {@link Community}. */
@Service
class CommunityService {

    private final AggregateStore store;
    private final Clock clock;

    CommunityService(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Community propose(ProposeCommunityRequest request) {
        Community community = Community.propose(
                UUID.randomUUID().toString(),
                request.regionId(),
                request.name().strip(),
                request.description() == null ? "" : request.description().strip(),
                request.type(),
                clock.instant());
        return store.insert(community);
    }

    Community get(String id) {
        return store.findById(id, Community.class).orElseThrow(() -> new CommunityNotFoundException(id));
    }
}

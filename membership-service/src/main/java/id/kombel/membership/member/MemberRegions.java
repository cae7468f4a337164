package id.kombel.membership.member;

import id.kombel.platform.events.AggregateStore;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Which region a member belongs to, for features that read times in the member's region. */
@Service
public class MemberRegions {

    private final AggregateStore store;

    MemberRegions(AggregateStore store) {
        this.store = store;
    }

    /** The member's region; empty for an unknown member or the bootstrapped platform admin. */
    public Optional<String> regionOf(String memberId) {
        return store.findById(memberId, Member.class).map(Member::regionId);
    }
}

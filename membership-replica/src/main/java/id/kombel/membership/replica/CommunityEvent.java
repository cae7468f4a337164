package id.kombel.membership.replica;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the replica reads from every community event: the community's state after it. Fields a first
 * {@code CommunityProposed} may lack (it predates them) are nullable.
 */
sealed interface CommunityEvent
        permits CommunityProposed,
                CommunityVerified,
                CommunityRejected,
                CommunityUpdated,
                CommunityArchived,
                CommunityLeadershipChanged {

    String communityId();

    String regionId();

    String name();

    String type();

    String status();

    @Nullable
    String joinPolicy();

    @Nullable
    String leadId();

    @Nullable
    List<String> coLeadIds();
}

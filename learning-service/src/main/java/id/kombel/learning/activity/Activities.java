package id.kombel.learning.activity;

import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads activities for this and the other features, with who may see and who may run each: leads
 * and co-leads of its community run it and see its drafts; its members see it once published; members
 * of other communities see it only when it is open to them. Anyone else gets 404, never a hint that
 * it exists.
 */
@Component
public class Activities {

    private final AggregateStore store;
    private final Memberships memberships;

    Activities(AggregateStore store, Memberships memberships) {
        this.store = store;
        this.memberships = memberships;
    }

    public Optional<Activity> find(String activityId) {
        return store.findById(activityId, Activity.class);
    }

    public Activity require(String activityId) {
        return find(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
    }

    public Activity requireVisible(Caller caller, String activityId) {
        Activity activity = require(activityId);
        if (!canSee(caller, activity)) {
            throw new NotFoundException("activity", activityId);
        }
        return activity;
    }

    /** The activity if the caller leads or co-leads its community; 404 if they may not even see it, else 403. */
    public Activity requireLed(Caller caller, String activityId) {
        Activity activity = require(activityId);
        Optional<CommunityRole> role = roleIn(caller, activity);
        if (role.filter(CommunityRole::isLeader).isPresent()) {
            return activity;
        }
        if (!canSee(caller, activity)) {
            throw new NotFoundException("activity", activityId);
        }
        throw new ForbiddenException(caller.memberId() + " does not lead the community of activity " + activityId);
    }

    public boolean isMemberOfCommunity(Caller caller, Activity activity) {
        return roleIn(caller, activity).isPresent();
    }

    boolean canSee(Caller caller, Activity activity) {
        Optional<CommunityRole> role = roleIn(caller, activity);
        if (activity.status() == ActivityStatus.DRAFT) {
            return role.filter(CommunityRole::isLeader).isPresent();
        }
        return role.isPresent() || activity.openToOtherCommunities();
    }

    private Optional<CommunityRole> roleIn(Caller caller, Activity activity) {
        return memberships.roleOf(activity.communityId(), caller.memberId());
    }
}

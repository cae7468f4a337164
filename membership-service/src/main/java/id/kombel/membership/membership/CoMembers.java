package id.kombel.membership.membership;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Whether two members are active together in some community, for what members share with their communities. */
@Service
public class CoMembers {

    /** A member's communities are few; this bounds the lookup should that ever not hold. */
    private static final int MAX_COMMUNITIES = 500;

    private final MongoTemplate mongo;

    CoMembers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** True when both are active members (of any role) of at least one common community. */
    public boolean shareACommunity(String memberId, String otherMemberId) {
        var memberships = mongo.getCollection(mongo.getCollectionName(Membership.class));
        List<String> theirIds = new ArrayList<>();
        for (Document mine : memberships
                .find(Filters.and(
                        Filters.eq("memberId", memberId), Filters.eq("status", MembershipStatus.ACTIVE.name())))
                .projection(Projections.include("communityId"))
                .limit(MAX_COMMUNITIES)) {
            theirIds.add(Membership.idOf(mine.getString("communityId"), otherMemberId));
        }
        return !theirIds.isEmpty()
                && memberships.countDocuments(Filters.and(
                                Filters.in("_id", theirIds), Filters.eq("status", MembershipStatus.ACTIVE.name())))
                        > 0;
    }
}

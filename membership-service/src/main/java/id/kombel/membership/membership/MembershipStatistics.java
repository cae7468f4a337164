package id.kombel.membership.membership;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Counts over many communities' memberships, for region dashboards. */
@Service
public class MembershipStatistics {

    private final MongoTemplate mongo;

    MembershipStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Active memberships in these communities, and how many different members hold them. */
    public ActiveMembers activeMembers(Collection<String> communityIds) {
        if (communityIds.isEmpty()) {
            return new ActiveMembers(0, 0);
        }
        long memberships = 0;
        long members = 0;
        for (Document perMember : mongo.getCollection(mongo.getCollectionName(Membership.class))
                .aggregate(List.of(
                        Aggregates.match(Filters.and(
                                Filters.in("communityId", communityIds),
                                Filters.eq("status", MembershipStatus.ACTIVE.name()))),
                        Aggregates.group("$memberId", Accumulators.sum("memberships", 1)),
                        Aggregates.group(
                                null,
                                Accumulators.sum("members", 1),
                                Accumulators.sum("memberships", "$memberships"))))) {
            memberships = ((Number) perMember.get("memberships")).longValue();
            members = ((Number) perMember.get("members")).longValue();
        }
        return new ActiveMembers(members, memberships);
    }

    /**
     * When memberships in these communities began (joined, approved, accepted or founded) within
     * {@code [from, until)}, from the membership history.
     */
    public List<Instant> joinedBetween(Collection<String> communityIds, Instant from, Instant until) {
        List<Instant> joins = new ArrayList<>();
        if (communityIds.isEmpty()) {
            return joins;
        }
        mongo.getCollection(MembershipHistoryEntry.COLLECTION)
                .find(Filters.and(
                        Filters.in("communityId", communityIds),
                        Filters.eq("event", "MemberJoined"),
                        Filters.gte("at", Date.from(from)),
                        Filters.lt("at", Date.from(until))))
                .projection(Projections.include("at"))
                .forEach(entry -> joins.add(entry.getDate("at").toInstant()));
        return joins;
    }

    /** {@code members}: different people; {@code memberships}: one per member and community. */
    public record ActiveMembers(long members, long memberships) {}
}

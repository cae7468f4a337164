package id.kombel.membership.membership;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The member's memberships and their history. Erasure deletes both; where the member acted on
 * someone else's membership (a lead accepting a request), that record stays, attributed to a former
 * member. Other services drop their own replicas of these memberships through their contributors
 * (membership-replica), so no events are raised here.
 */
@Component
class MembershipPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    MembershipPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public Object export(String memberId) {
        return new MembershipsExport(
                plain(mongo.find(query(where("memberId").is(memberId)), Document.class, "memberships")),
                plain(mongo.find(
                        query(where("memberId").is(memberId)), Document.class, MembershipHistoryEntry.COLLECTION)));
    }

    @Override
    public void erase(String memberId) {
        mongo.remove(query(where("memberId").is(memberId)), Membership.class);
        mongo.remove(query(where("memberId").is(memberId)), MembershipHistoryEntry.COLLECTION);
        mongo.updateMulti(
                query(where("changedBy").is(memberId)),
                new Update().set("changedBy", ErasedMembers.FORMER_MEMBER),
                Membership.class);
        mongo.updateMulti(
                query(where("by").is(memberId)),
                new Update().set("by", ErasedMembers.FORMER_MEMBER),
                MembershipHistoryEntry.COLLECTION);
    }

    /** Stored documents without the outbox and relay bookkeeping, which are not about the member. */
    private static List<Document> plain(List<Document> documents) {
        documents.forEach(document -> {
            document.remove("outbox");
            document.remove("outboxLease");
        });
        return documents;
    }

    record MembershipsExport(List<Document> memberships, List<Document> history) {}
}

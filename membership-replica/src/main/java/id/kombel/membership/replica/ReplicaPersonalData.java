package id.kombel.membership.replica;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Erasure of the replicas this module keeps: the member's memberships go, and where they lead a
 * community its replica names a former member instead. Nothing to export: these are copies of
 * membership-service's data, which it exports itself. Replayed events cannot bring them back (the
 * platform's tombstones hold them off in the consumer and in {@code ReplicaWriter}).
 */
class ReplicaPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    ReplicaPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "membershipReplicas";
    }

    @Override
    public @Nullable Object export(String memberId) {
        return null;
    }

    @Override
    public void erase(String memberId) {
        mongo.remove(query(where("memberId").is(memberId)), MembershipReplica.COLLECTION);
        mongo.updateMulti(
                query(where("leadId").is(memberId)),
                new Update().set("leadId", ErasedMembers.FORMER_MEMBER),
                CommunityReplica.COLLECTION);
        while (mongo.updateMulti(
                                query(where("coLeadIds").is(memberId)),
                                new Update().set("coLeadIds.$", ErasedMembers.FORMER_MEMBER),
                                CommunityReplica.COLLECTION)
                        .getModifiedCount()
                > 0) {
            // one co-lead position per pass
        }
    }
}

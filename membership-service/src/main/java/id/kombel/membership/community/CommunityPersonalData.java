package id.kombel.membership.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Communities the member proposed, led or decided on. The communities are other members' too, so
 * erasure keeps them and puts a former member in the member's place (a region admin appoints a new
 * lead); the change is written directly, without events, as every service anonymizes its own copy.
 */
@Component
class CommunityPersonalData implements PersonalDataContributor {

    private static final List<String> SINGLE_FIELDS = List.of("leadId", "proposedBy", "decidedBy", "archivedBy");
    private static final String CO_LEADS = "coLeadIds";

    private final MongoTemplate mongo;

    CommunityPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "communities";
    }

    /** One query per field, each served by its own index. */
    @Override
    public Object export(String memberId) {
        Map<String, Community> involved = new LinkedHashMap<>();
        for (String field : List.of("leadId", CO_LEADS, "proposedBy")) {
            mongo.find(query(where(field).is(memberId)), Community.class)
                    .forEach(community -> involved.putIfAbsent(community.id(), community));
        }
        return involved.values().stream()
                .map(community -> new CommunityExport(community.id(), community.name(), roleOf(community, memberId)))
                .toList();
    }

    @Override
    public void erase(String memberId) {
        for (String field : SINGLE_FIELDS) {
            mongo.updateMulti(
                    query(where(field).is(memberId)),
                    new Update().set(field, ErasedMembers.FORMER_MEMBER),
                    Community.class);
        }
        // one co-lead position per update ($ is the first match), repeated while any is left
        while (mongo.updateMulti(
                                query(where(CO_LEADS).is(memberId)),
                                new Update().set(CO_LEADS + ".$", ErasedMembers.FORMER_MEMBER),
                                Community.class)
                        .getModifiedCount()
                > 0) {
            // next position
        }
    }

    private static String roleOf(Community community, String memberId) {
        if (memberId.equals(community.leadId())) {
            return "LEAD";
        }
        return community.coLeadIds().contains(memberId) ? "CO_LEAD" : "PROPOSER";
    }

    record CommunityExport(String communityId, String name, String role) {}
}

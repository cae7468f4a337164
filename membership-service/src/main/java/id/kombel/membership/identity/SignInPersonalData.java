package id.kombel.membership.identity;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.PersonalDataContributor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's sign-ins (refresh-token families). Exported without any token hash; erased with the
 * tokens that belong to them.
 */
@Component
class SignInPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    SignInPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "signIns";
    }

    @Override
    public Object export(String memberId) {
        return families(memberId).stream()
                .map(family -> new SignInExport(family.expiresAt(), family.isRevoked()))
                .toList();
    }

    @Override
    public void erase(String memberId) {
        List<String> familyIds =
                families(memberId).stream().map(RefreshTokenFamily::id).toList();
        mongo.remove(query(where("familyId").in(familyIds)), RefreshTokenDocument.class);
        mongo.remove(query(where("memberId").is(memberId)), RefreshTokenFamily.class);
    }

    private List<RefreshTokenFamily> families(String memberId) {
        return mongo.find(query(where("memberId").is(memberId)), RefreshTokenFamily.class);
    }

    record SignInExport(@Nullable Instant validUntil, boolean ended) {}
}

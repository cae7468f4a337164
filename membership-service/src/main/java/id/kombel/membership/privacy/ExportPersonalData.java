package id.kombel.membership.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.privacy.PersonalDataContributor;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's own export requests: listed in an export (not their contents, which are the other
 * parts), deleted with their parts at erasure. Erasure requests hold no member id and stay.
 */
@Component
class ExportPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    ExportPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "exports";
    }

    @Override
    public Object export(String memberId) {
        return requests(memberId).stream()
                .map(request -> new ExportRecord(request.id(), request.requestedAt(), request.expiresAt()))
                .toList();
    }

    @Override
    public void erase(String memberId) {
        List<String> ids = requests(memberId).stream().map(ExportRequest::id).toList();
        mongo.remove(query(where("requestId").in(ids)), ExportPart.class);
        mongo.remove(query(where("memberId").is(memberId)), ExportRequest.class);
    }

    private List<ExportRequest> requests(String memberId) {
        return mongo.find(query(where("memberId").is(memberId)), ExportRequest.class);
    }

    record ExportRecord(String requestId, Instant requestedAt, Instant expiresAt) {}
}

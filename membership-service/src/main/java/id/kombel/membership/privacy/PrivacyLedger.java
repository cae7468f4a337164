package id.kombel.membership.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.privacy.MemberDataErased;
import id.kombel.platform.privacy.PersonalDataExported;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the services' answers: an export part is stored before the request counts it, so a READY
 * request always has its parts; answers for unknown or erased requests are dropped. Several answers
 * to one request arrive concurrently (different partitions), so a lost optimistic lock is retried.
 */
@Service
class PrivacyLedger {

    private static final Logger log = LoggerFactory.getLogger(PrivacyLedger.class);
    private static final int ATTEMPTS = 5;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    PrivacyLedger(AggregateStore store, MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    void exported(PersonalDataExported answer) {
        for (int attempt = 1; ; attempt++) {
            Optional<ExportRequest> found = store.findById(answer.requestId(), ExportRequest.class);
            if (found.isEmpty() || !found.get().isOf(answer.memberId())) {
                log.info("answer of {} to export {} ignored: no such request", answer.service(), answer.requestId());
                return;
            }
            ExportRequest request = found.get();
            if (!request.expects(answer.service())) {
                log.info(
                        "answer of {} to export {} ignored: not an expected service",
                        answer.service(),
                        answer.requestId());
                return;
            }
            mongo.upsert(
                    query(where("_id").is(ExportPart.idOf(answer.requestId(), answer.service()))),
                    new Update()
                            .set("requestId", answer.requestId())
                            .set("service", answer.service())
                            .set("json", json.writeValueAsString(answer.data()))
                            .set("receivedAt", clock.instant())
                            .set("expiresAt", request.expiresAt()),
                    ExportPart.class);
            if (!request.receive(answer.service())) {
                return;
            }
            try {
                store.update(request);
                return;
            } catch (OptimisticLockingFailureException concurrentAnswer) {
                if (attempt == ATTEMPTS) {
                    throw concurrentAnswer;
                }
            }
        }
    }

    void erased(MemberDataErased answer) {
        for (int attempt = 1; ; attempt++) {
            Optional<ErasureRequest> found = store.findById(answer.requestId(), ErasureRequest.class);
            if (found.isEmpty()) {
                log.info("answer of {} to erasure {} ignored: no such request", answer.service(), answer.requestId());
                return;
            }
            ErasureRequest request = found.get();
            if (!request.confirm(answer.service(), clock.instant())) {
                return;
            }
            try {
                store.update(request);
                return;
            } catch (OptimisticLockingFailureException concurrentAnswer) {
                if (attempt == ATTEMPTS) {
                    throw concurrentAnswer;
                }
            }
        }
    }
}

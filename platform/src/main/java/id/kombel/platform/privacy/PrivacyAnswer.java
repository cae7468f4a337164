package id.kombel.platform.privacy;

import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's answer to one privacy request, id {@code <requestId>:<service>}: storing it is how
 * the answer event is written atomically (and relayed once Kafka takes it), and finding it is how a
 * redelivered request is recognised as answered. It keeps only the tombstone hash, never the id;
 * the exported data lives only in the outbox entry until it is published.
 */
@Document("privacy_answers")
@AggregateTopic(value = PrivacyTopics.ANSWERS, config = PrivacyTopics.LARGE_MESSAGES)
class PrivacyAnswer extends AggregateRoot {

    enum Kind {
        EXPORT,
        ERASURE
    }

    private String requestId;
    private Kind kind;
    private String memberHash;
    private Instant answeredAt;

    @PersistenceCreator
    PrivacyAnswer() {}

    private PrivacyAnswer(String requestId, String service, Kind kind, String memberHash, Instant now) {
        super(idOf(requestId, service));
        this.requestId = requestId;
        this.kind = kind;
        this.memberHash = memberHash;
        this.answeredAt = now;
    }

    static String idOf(String requestId, String service) {
        return requestId + ":" + service;
    }

    static PrivacyAnswer exported(
            String requestId,
            String memberId,
            String memberHash,
            String service,
            Map<String, Object> data,
            Instant now) {
        PrivacyAnswer answer = new PrivacyAnswer(requestId, service, Kind.EXPORT, memberHash, now);
        answer.raise(new PersonalDataExported(requestId, memberId, service, data));
        return answer;
    }

    static PrivacyAnswer erased(String requestId, String memberId, String memberHash, String service, Instant now) {
        PrivacyAnswer answer = new PrivacyAnswer(requestId, service, Kind.ERASURE, memberHash, now);
        answer.raise(new MemberDataErased(requestId, memberId, service, now));
        return answer;
    }

    String requestId() {
        return requestId;
    }

    Kind kind() {
        return kind;
    }
}

package id.kombel.membership.engagement;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing a member did or received, keyed by what it is about ({@code credit:<creditId>},
 * {@code solution:<solutionId>} ...), never by the event that told us: the same fact published twice
 * under different event ids is one document. Totals are summed from these on reading, so there is no
 * counter that a crash between two writes could leave wrong.
 */
@Document(EngagementFact.COLLECTION)
@CompoundIndex(name = "member_kind", def = "{'memberId': 1, 'kind': 1}")
@CompoundIndex(name = "member_participation", def = "{'memberId': 1, 'participation': 1, 'occurredAt': -1}")
record EngagementFact(
        @Id String key, String memberId, FactKind kind, boolean participation, Instant occurredAt, int jp) {

    static final String COLLECTION = "engagement_facts";

    static EngagementFact of(String key, String memberId, FactKind kind, Instant occurredAt) {
        return new EngagementFact(key, memberId, kind, kind.isParticipation(), occurredAt, 0);
    }

    static EngagementFact credit(String creditId, String memberId, int jp, Instant creditedAt) {
        return new EngagementFact(
                "credit:" + creditId, memberId, FactKind.LEARNING_HOURS, false, creditedAt, Math.max(jp, 0));
    }
}

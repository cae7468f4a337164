package id.kombel.learning.reflection;

import java.time.Instant;

record EncouragementResponse(String memberId, String message, Instant encouragedAt) {

    static EncouragementResponse of(Encouragement encouragement) {
        return new EncouragementResponse(
                encouragement.memberId(), encouragement.message(), encouragement.encouragedAt());
    }
}

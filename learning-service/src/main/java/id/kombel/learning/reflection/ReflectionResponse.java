package id.kombel.learning.reflection;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

record ReflectionResponse(
        String id,
        String activityId,
        String communityId,
        String memberId,
        String text,
        Visibility visibility,
        Instant writtenAt,
        @Nullable Instant editedAt,
        long encouragementCount) {

    static ReflectionResponse of(Reflection reflection) {
        return new ReflectionResponse(
                reflection.id(),
                reflection.activityId(),
                reflection.communityId(),
                reflection.memberId(),
                reflection.text(),
                reflection.visibility(),
                reflection.writtenAt(),
                reflection.editedAt(),
                reflection.encouragementCount());
    }
}

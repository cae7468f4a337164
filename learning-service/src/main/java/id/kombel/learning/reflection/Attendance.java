package id.kombel.learning.reflection;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a member attended an activity (id {@code <activityId>:<memberId>}), as the registrations
 * feature reported it: the one fact a reflection needs, kept here so the feature stays on its own.
 */
@Document(Attendance.COLLECTION)
@CompoundIndex(name = "member", def = "{'memberId': 1}")
record Attendance(@Id String id, String activityId, String communityId, String memberId, Instant occurredAt) {

    static final String COLLECTION = "reflection_attendances";

    static String idOf(String activityId, String memberId) {
        return activityId + ":" + memberId;
    }
}

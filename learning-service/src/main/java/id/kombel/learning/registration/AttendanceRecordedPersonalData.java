package id.kombel.learning.registration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Attendance the member recorded for others as a facilitator: which activity, when and how, never whom
 * (that is the other member's data). Erasure is {@link RegistrationPersonalData}'s, which puts a former
 * member in {@code attendanceRecordedBy}.
 */
@Component
class AttendanceRecordedPersonalData implements PersonalDataContributor {

    private final MongoTemplate mongo;

    AttendanceRecordedPersonalData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "attendanceRecordedForOthers";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(Registration.COLLECTION)
                .find(Filters.and(Filters.eq("attendanceRecordedBy", memberId), Filters.ne("memberId", memberId)))
                .projection(Projections.fields(
                        Projections.include("activityId", "title", "attendedAt", "attendanceMethod"),
                        Projections.excludeId()))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        // RegistrationPersonalData attributes these records to a former member; nothing else to do here
    }
}

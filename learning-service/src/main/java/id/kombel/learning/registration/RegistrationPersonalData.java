package id.kombel.learning.registration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import id.kombel.platform.privacy.ErasedMembers;
import id.kombel.platform.privacy.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's registrations with what hangs on them: attendance, learning-hour credits, feedback and
 * certificates (the learning record and certificate features read them from here).
 *
 * <p>Erasure: a registration's id is {@code <activityId>:<memberId>}, so none is kept under its id.
 * A credited registration is the proof behind a certificate that schools and offices verify and behind
 * the region's learning-hour figures, so it is re-keyed as {@code <activityId>:former-member:<code>}
 * with a former member as holder and without the feedback comment (the member's own words; the star
 * rating stays in the activity's figures); its seat in the ledger moves to the new id. Every other
 * registration is deleted and its seat given back, and the waitlist moves up as after a cancellation.
 * Attendance the member recorded for others as a facilitator is attributed to a former member.
 */
@Component
class RegistrationPersonalData implements PersonalDataContributor {

    private static final String CODE = "certificateCode";
    private static final String PARKED_CODE = "erasingCertificateCode";

    private final MongoTemplate mongo;
    private final SeatLedger ledger;
    private final Seats seats;

    RegistrationPersonalData(MongoTemplate mongo, SeatLedger ledger, Seats seats) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.seats = seats;
    }

    @Override
    public String name() {
        return "registrations";
    }

    @Override
    public Object export(String memberId) {
        return mongo.getCollection(Registration.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .projection(Projections.exclude("outbox", "memberId", "waitlistSeq", "heldMonth"))
                .into(new ArrayList<Document>());
    }

    @Override
    public void erase(String memberId) {
        Set<String> released = new LinkedHashSet<>();
        List<Document> registrations = mongo.getCollection(Registration.COLLECTION)
                .find(Filters.eq("memberId", memberId))
                .into(new ArrayList<>());
        for (Document registration : registrations) {
            String id = registration.getString("_id");
            String activityId = registration.getString("activityId");
            if (Boolean.TRUE.equals(registration.getBoolean("credited"))) {
                // the code is unique: it leaves the old document (parked in a field a repeated run
                // reads) before the copy holds it, and the old document goes only after the copy is in
                String code = registration.getString(CODE) != null
                        ? registration.getString(CODE)
                        : registration.getString(PARKED_CODE);
                if (registration.getString(CODE) != null) {
                    mongo.getCollection(Registration.COLLECTION)
                            .updateOne(
                                    Filters.eq("_id", id),
                                    Updates.combine(Updates.unset(CODE), Updates.set(PARKED_CODE, code)));
                }
                String anonymousId = activityId + ":" + ErasedMembers.FORMER_MEMBER + ":"
                        + (code != null ? code : new ObjectId().toHexString());
                Document kept = new Document(registration);
                kept.put("_id", anonymousId);
                kept.put("memberId", ErasedMembers.FORMER_MEMBER);
                kept.remove("outbox");
                kept.remove("feedbackComment");
                kept.remove(PARKED_CODE);
                if (code != null) {
                    kept.put(CODE, code);
                }
                if (memberId.equals(kept.getString("attendanceRecordedBy"))) {
                    kept.put("attendanceRecordedBy", ErasedMembers.FORMER_MEMBER);
                }
                // keyed by the certificate code, so running again writes the same document
                mongo.getCollection(Registration.COLLECTION)
                        .replaceOne(Filters.eq("_id", anonymousId), kept, new ReplaceOptions().upsert(true));
                mongo.getCollection(SeatLedger.COLLECTION)
                        .updateOne(
                                Filters.and(Filters.eq("_id", activityId), Filters.eq("holders", id)),
                                Updates.set("holders.$", anonymousId));
            } else if (ledger.release(activityId, id)) {
                released.add(activityId);
            }
            mongo.getCollection(Registration.COLLECTION).deleteOne(Filters.eq("_id", id));
        }
        mongo.getCollection(Registration.COLLECTION)
                .updateMany(
                        Filters.eq("attendanceRecordedBy", memberId),
                        Updates.set("attendanceRecordedBy", ErasedMembers.FORMER_MEMBER));
        released.forEach(seats::reconcile);
    }
}

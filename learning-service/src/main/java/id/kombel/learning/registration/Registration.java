package id.kombel.learning.registration;

import id.kombel.learning.activity.Activity;
import id.kombel.learning.activity.ActivityCompleted;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's registration for one activity, id {@code <activityId>:<memberId>} (so a member holds at
 * most one, and every retry or repair finds the same one). It keeps what it needs of the activity
 * (title, schedule) for the member's schedule, and later the member's attendance, learning-hours
 * credit, certificate and feedback: all facts about this member and this activity, each recorded at
 * most once by the guards below.
 *
 * <p>Indexes serve: the member's schedule (memberId, status, endsAt); an activity's registrations by
 * status (in waitlist order, or by id); the member's learning record (memberId, credited, heldOn); a
 * region's credits (regionId, credited, heldOn); certificates by code; the repair sweep over
 * registrations left pending (status, registeredAt).
 */
@Document(Registration.COLLECTION)
@AggregateTopic(Registration.TOPIC)
@CompoundIndex(name = "member_status_ends", def = "{'memberId': 1, 'status': 1, 'endsAt': 1, '_id': 1}")
@CompoundIndex(name = "activity_status_seq", def = "{'activityId': 1, 'status': 1, 'waitlistSeq': 1, '_id': 1}")
@CompoundIndex(name = "activity_status_id", def = "{'activityId': 1, 'status': 1, '_id': 1}")
@CompoundIndex(name = "member_credited_held", def = "{'memberId': 1, 'credited': 1, 'heldOn': -1, '_id': -1}")
@CompoundIndex(name = "region_credited_held", def = "{'regionId': 1, 'credited': 1, 'heldOn': 1}")
@CompoundIndex(name = "status_registered", def = "{'status': 1, 'registeredAt': 1}")
@CompoundIndex(name = "attendance_recorded_by", def = "{'attendanceRecordedBy': 1}", sparse = true)
public class Registration extends AggregateRoot {

    public static final String TOPIC = "learning.registration";
    public static final String COLLECTION = "registrations";

    private String activityId;
    private String communityId;
    private String regionId;
    private String memberId;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private RegistrationStatus status;
    private @Nullable Long waitlistSeq;
    private Instant registeredAt;
    private @Nullable Instant confirmedAt;
    private boolean promotedFromWaitlist;
    private @Nullable Instant cancelledAt;
    private @Nullable CancellationReason cancellationReason;
    private @Nullable Instant attendedAt;
    private @Nullable AttendanceMethod attendanceMethod;
    private @Nullable String attendanceRecordedBy;
    private boolean credited;
    private @Nullable Instant creditedAt;
    private int creditedJp;
    private int creditedMinutes;
    private List<String> competencies = new ArrayList<>();
    private @Nullable String heldOn;
    private @Nullable String heldMonth;

    @Indexed(unique = true, sparse = true)
    private @Nullable String certificateCode;

    private @Nullable Instant certificateIssuedAt;
    private @Nullable Integer feedbackRating;
    private @Nullable String feedbackComment;
    private @Nullable Instant feedbackAt;

    @PersistenceCreator
    Registration() {}

    private Registration(Activity activity, String memberId, Instant now) {
        super(idOf(activity.id(), memberId));
        this.activityId = activity.id();
        this.communityId = activity.communityId();
        this.regionId = activity.regionId();
        this.memberId = memberId;
        this.title = activity.title();
        this.startsAt = activity.startsAt();
        this.endsAt = activity.endsAt();
        this.status = RegistrationStatus.PENDING;
        this.registeredAt = now;
    }

    public static String idOf(String activityId, String memberId) {
        return activityId + ":" + memberId;
    }

    /** A new registration, pending until its seat is settled; raises nothing yet. */
    static Registration request(Activity activity, String memberId, Instant now) {
        return new Registration(activity, memberId, now);
    }

    /** A member who cancelled registers again: the same registration, pending once more. */
    void reopen(Activity activity, Instant now) {
        if (status != RegistrationStatus.CANCELLED) {
            throw alreadyRegistered();
        }
        this.status = RegistrationStatus.PENDING;
        this.title = activity.title();
        this.startsAt = activity.startsAt();
        this.endsAt = activity.endsAt();
        this.registeredAt = now;
        this.waitlistSeq = null;
        this.confirmedAt = null;
        this.promotedFromWaitlist = false;
        this.cancelledAt = null;
        this.cancellationReason = null;
    }

    /** Records the seat the ledger gave this registration; false if it was already confirmed. */
    boolean confirm(Instant now) {
        if (status == RegistrationStatus.CONFIRMED) {
            return false;
        }
        if (status == RegistrationStatus.CANCELLED) {
            throw new IllegalStateException("cancelled registration " + id() + " cannot hold a seat");
        }
        this.promotedFromWaitlist = status == RegistrationStatus.WAITLISTED;
        this.status = RegistrationStatus.CONFIRMED;
        this.confirmedAt = now;
        raise(new RegistrationConfirmed(
                id(), activityId, communityId, memberId, title, startsAt, promotedFromWaitlist));
        return true;
    }

    /** The activity was full when this registration was settled: it waits at {@code seq}. */
    void waitlist(long seq, int position) {
        if (status != RegistrationStatus.PENDING) {
            throw new IllegalStateException("registration " + id() + " is " + status);
        }
        this.status = RegistrationStatus.WAITLISTED;
        this.waitlistSeq = seq;
        raise(new RegistrationWaitlisted(id(), activityId, communityId, memberId, title, position));
    }

    /** Ends an active registration; false when it had already ended. */
    boolean cancel(CancellationReason reason, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            return false;
        }
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        this.waitlistSeq = null;
        raise(new RegistrationCancelled(id(), activityId, communityId, memberId, title, reason));
        return true;
    }

    /** Keeps the member's schedule in step with the activity; false when nothing changed. */
    boolean follow(String newTitle, Instant newStart, Instant newEnd) {
        if (title.equals(newTitle) && startsAt.equals(newStart) && endsAt.equals(newEnd)) {
            return false;
        }
        this.title = newTitle;
        this.startsAt = newStart;
        this.endsAt = newEnd;
        return true;
    }

    /** Records attendance of a confirmed registrant; false when it was already recorded. */
    public boolean recordAttendance(AttendanceMethod method, String by, Instant at) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new ConflictException("registration-not-confirmed", "registration %s is %s".formatted(id(), status));
        }
        if (attendedAt != null) {
            return false;
        }
        this.attendedAt = at;
        this.attendanceMethod = method;
        this.attendanceRecordedBy = by;
        raise(new AttendanceRecorded(id(), activityId, communityId, memberId, method, at));
        return true;
    }

    /** Takes back recorded attendance; false when there was none. */
    public boolean withdrawAttendance() {
        if (attendedAt == null) {
            return false;
        }
        this.attendedAt = null;
        this.attendanceMethod = null;
        this.attendanceRecordedBy = null;
        raise(new AttendanceWithdrawn(id(), activityId, communityId, memberId));
        return true;
    }

    /**
     * Credits an attendee of the completed activity its learning hours and issues the certificate, in
     * one write; false (and nothing raised) when already credited, which makes completion retries and
     * redelivered events harmless.
     */
    public boolean credit(ActivityCompleted completion, String code, Instant now) {
        if (credited || attendedAt == null || status != RegistrationStatus.CONFIRMED) {
            return false;
        }
        LocalDate held = completion.heldOn();
        this.credited = true;
        this.creditedAt = now;
        this.creditedJp = completion.learningHoursJp();
        this.creditedMinutes = completion.learningHoursJp() * 45;
        this.competencies = new ArrayList<>(completion.competencies());
        this.heldOn = held.toString();
        this.heldMonth = held.toString().substring(0, 7);
        this.title = completion.title();
        this.certificateCode = code;
        this.certificateIssuedAt = now;
        raise(new LearningHoursCredited(
                id(), activityId, communityId, regionId, memberId, creditedJp, creditedMinutes, competencies(), now));
        raise(new CertificateIssued(id(), code, activityId, memberId, title, creditedJp, now));
        return true;
    }

    /** An attendee's rating and comment, once. */
    public void giveFeedback(int rating, String comment, Instant now) {
        if (attendedAt == null) {
            throw new ConflictException("not-attended", "registration %s has no attendance".formatted(id()));
        }
        if (feedbackAt != null) {
            throw new ConflictException("feedback-given", "registration %s has feedback".formatted(id()));
        }
        this.feedbackRating = rating;
        this.feedbackComment = comment;
        this.feedbackAt = now;
        raise(new FeedbackGiven(id(), activityId, communityId, memberId, rating));
    }

    static ConflictException alreadyRegistered() {
        return new ConflictException("already-registered", "member is already registered");
    }

    public String activityId() {
        return activityId;
    }

    public String communityId() {
        return communityId;
    }

    public String regionId() {
        return regionId;
    }

    public String memberId() {
        return memberId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public RegistrationStatus status() {
        return status;
    }

    public @Nullable Long waitlistSeq() {
        return waitlistSeq;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean promotedFromWaitlist() {
        return promotedFromWaitlist;
    }

    public @Nullable CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public @Nullable Instant attendedAt() {
        return attendedAt;
    }

    public @Nullable AttendanceMethod attendanceMethod() {
        return attendanceMethod;
    }

    public boolean credited() {
        return credited;
    }

    public @Nullable Instant creditedAt() {
        return creditedAt;
    }

    public int creditedJp() {
        return creditedJp;
    }

    public int creditedMinutes() {
        return creditedMinutes;
    }

    public List<String> competencies() {
        return List.copyOf(competencies);
    }

    public @Nullable String heldOn() {
        return heldOn;
    }

    public @Nullable String certificateCode() {
        return certificateCode;
    }

    public @Nullable Instant certificateIssuedAt() {
        return certificateIssuedAt;
    }

    public @Nullable Integer feedbackRating() {
        return feedbackRating;
    }

    public @Nullable String feedbackComment() {
        return feedbackComment;
    }
}

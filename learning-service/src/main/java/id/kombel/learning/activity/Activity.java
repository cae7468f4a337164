package id.kombel.learning.activity;

import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.RuleViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community's learning activity and the rules of its life cycle: a lead drafts it, publishes it
 * for registration, and later cancels it (with a reason) or completes it once it has begun.
 *
 * <p>Registrations are not held here (each is an aggregate of its own) and neither is the seat
 * count: seats are claimed atomically in the activity's seat ledger (see the registration package).
 * The check-in secret never leaves this document: check-in codes are derived from it.
 *
 * <p>Lists: a community's activities by {@code endsAt} (upcoming ascending, past descending): all of
 * them for its leads, the statuses members may see, and for non-members only open ones; open
 * activities of a region; completed activities of a region by day held (insights).
 */
@Document(Activity.COLLECTION)
@AggregateTopic(Activity.TOPIC)
@CompoundIndex(name = "community_ends", def = "{'communityId': 1, 'endsAt': 1, '_id': 1}")
@CompoundIndex(name = "community_status_ends", def = "{'communityId': 1, 'status': 1, 'endsAt': 1, '_id': 1}")
@CompoundIndex(
        name = "community_open_status_ends",
        def = "{'communityId': 1, 'openToOtherCommunities': 1, 'status': 1, 'endsAt': 1, '_id': 1}")
@CompoundIndex(
        name = "region_open_status_ends",
        def = "{'regionId': 1, 'openToOtherCommunities': 1, 'status': 1, 'endsAt': 1, '_id': 1}")
@CompoundIndex(name = "region_status_held", def = "{'regionId': 1, 'status': 1, 'heldOn': 1}")
@CompoundIndex(name = "created_by", def = "{'createdBy': 1}")
@CompoundIndex(name = "ended_by", def = "{'endedBy': 1}", sparse = true)
public class Activity extends AggregateRoot {

    public static final String TOPIC = "learning.activity";
    static final String COLLECTION = "activities";

    static final int MAX_CAPACITY = 1000;
    static final int MAX_JP = 40;
    static final int MINUTES_PER_JP = 45;
    static final Duration MAX_DURATION = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    private String communityId;
    private String regionId;
    private String timeZone;
    private ActivityKind kind;
    private String title;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    private String heldOn;
    private DeliveryMode mode;
    private @Nullable String venue;
    private @Nullable String onlineUrl;
    private int capacity;
    private int learningHoursJp;
    private List<String> competencies;
    private boolean openToOtherCommunities;
    private ActivityStatus status;
    private @Nullable String cancellationReason;
    private String createdBy;
    private Instant createdAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant endedAt;
    private @Nullable String endedBy;
    private String checkInSecret;
    private @Nullable String seriesId;
    private int occurrence;

    @PersistenceCreator
    Activity() {}

    private Activity(String id, String communityId, String regionId, ZoneId zone, String by, Instant now) {
        super(id);
        this.communityId = communityId;
        this.regionId = regionId;
        this.timeZone = zone.getId();
        this.status = ActivityStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.checkInSecret = Base64.getEncoder().encodeToString(secret);
    }

    static Activity draft(
            String id,
            String communityId,
            String regionId,
            ZoneId zone,
            ActivityDetails details,
            String by,
            Instant now) {
        Activity activity = new Activity(id, communityId, regionId, zone, by, now);
        activity.describe(details, now);
        return activity;
    }

    /** Occurrence {@code occurrence} (from 1) of a recurring routine meeting: an activity of its own. */
    static Activity draftOccurrence(
            String id,
            String seriesId,
            int occurrence,
            String communityId,
            String regionId,
            ZoneId zone,
            ActivityDetails details,
            String by,
            Instant now) {
        if (details.kind() != ActivityKind.ROUTINE_MEETING) {
            throw new RuleViolationException(
                    "recurrence-not-allowed", "only routine meetings recur, not " + details.kind());
        }
        Activity activity = draft(id, communityId, regionId, zone, details, by, now);
        activity.seriesId = seriesId;
        activity.occurrence = occurrence;
        return activity;
    }

    /** Replaces what the lead describes; a published activity tells its registrations. */
    void update(ActivityDetails details, Instant now) {
        if (status != ActivityStatus.DRAFT && status != ActivityStatus.PUBLISHED) {
            throw notEditable();
        }
        describe(details, now);
        if (status == ActivityStatus.PUBLISHED) {
            raise(new ActivityUpdated(
                    id(),
                    communityId,
                    regionId,
                    title,
                    kind,
                    startsAt,
                    endsAt,
                    capacity,
                    learningHoursJp,
                    openToOtherCommunities));
        }
    }

    void publish(Instant now) {
        if (status != ActivityStatus.DRAFT) {
            throw new ConflictException(
                    "activity-not-draft", "activity %s is %s".formatted(id(), status), status.name());
        }
        if (!startsAt.isAfter(now)) {
            throw new RuleViolationException("start-in-past", "activity %s started at %s".formatted(id(), startsAt));
        }
        this.status = ActivityStatus.PUBLISHED;
        this.publishedAt = now;
        raise(new ActivityPublished(
                id(), communityId, regionId, title, kind, startsAt, endsAt, learningHoursJp, openToOtherCommunities));
    }

    void cancel(String reason, String by, Instant now) {
        if (status != ActivityStatus.DRAFT && status != ActivityStatus.PUBLISHED) {
            throw notEditable();
        }
        this.status = ActivityStatus.CANCELLED;
        this.cancellationReason = reason;
        this.endedAt = now;
        this.endedBy = by;
        raise(new ActivityCancelled(id(), communityId, regionId, title, reason));
    }

    /**
     * Closes a published activity that has begun; false (and no event) when it is already completed,
     * so a retried completion changes nothing.
     */
    boolean complete(String by, Instant now) {
        if (status == ActivityStatus.COMPLETED) {
            return false;
        }
        if (status != ActivityStatus.PUBLISHED) {
            throw new ConflictException(
                    "activity-not-published", "activity %s is %s".formatted(id(), status), status.name());
        }
        if (now.isBefore(startsAt)) {
            throw new ConflictException("activity-not-started", "activity %s starts at %s".formatted(id(), startsAt));
        }
        this.status = ActivityStatus.COMPLETED;
        this.endedAt = now;
        this.endedBy = by;
        raise(new ActivityCompleted(
                id(), communityId, regionId, title, kind, learningHoursJp, List.copyOf(competencies), heldOn(), now));
        return true;
    }

    private void describe(ActivityDetails details, Instant now) {
        if (!details.endsAt().isAfter(details.startsAt())
                || Duration.between(details.startsAt(), details.endsAt()).compareTo(MAX_DURATION) > 0) {
            throw new RuleViolationException(
                    "invalid-schedule", "activity ends %s, starts %s".formatted(details.endsAt(), details.startsAt()));
        }
        if (!details.startsAt().isAfter(now)) {
            throw new RuleViolationException("start-in-past", "activity starts at " + details.startsAt());
        }
        if (details.mode().needsVenue() && details.venue() == null) {
            throw new RuleViolationException("venue-required", "mode " + details.mode() + " without a venue");
        }
        if (details.mode().needsLink()) {
            requireSafeLink(details.onlineUrl());
        }
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.heldOn = LocalDate.ofInstant(startsAt, zone()).toString();
        this.mode = details.mode();
        this.venue = details.mode().needsVenue() ? details.venue() : null;
        this.onlineUrl = details.mode().needsLink() ? details.onlineUrl() : null;
        this.capacity = details.capacity();
        this.learningHoursJp = details.learningHoursJp();
        this.competencies = new ArrayList<>(details.competencies());
        this.openToOtherCommunities = details.openToOtherCommunities();
    }

    /**
     * Members open the link on their devices, so only web links are stored: {@code javascript:},
     * {@code file:}, {@code data:} and the like are refused, as are links without a host.
     */
    static void requireSafeLink(@Nullable String link) {
        if (link == null) {
            throw new RuleViolationException("online-link-required", "online activity without a link");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()) {
                return;
            }
        } catch (URISyntaxException malformed) {
            // refused below, like any other link that is not a web address
        }
        throw new RuleViolationException("invalid-online-link", "online link is not an http(s) address");
    }

    private static ConflictException notEditable() {
        return new ConflictException("activity-ended", "activity is cancelled or completed");
    }

    public boolean isVisibleToNonMembers() {
        return openToOtherCommunities && status != ActivityStatus.DRAFT;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, zone());
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, zone());
    }

    public LocalDate heldOn() {
        return LocalDate.parse(heldOn);
    }

    public String communityId() {
        return communityId;
    }

    public String regionId() {
        return regionId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public DeliveryMode mode() {
        return mode;
    }

    public @Nullable String venue() {
        return venue;
    }

    public @Nullable String onlineUrl() {
        return onlineUrl;
    }

    public int capacity() {
        return capacity;
    }

    public int learningHoursJp() {
        return learningHoursJp;
    }

    public int learningMinutes() {
        return learningHoursJp * MINUTES_PER_JP;
    }

    public List<String> competencies() {
        return List.copyOf(competencies);
    }

    public boolean openToOtherCommunities() {
        return openToOtherCommunities;
    }

    public ActivityStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == ActivityStatus.PUBLISHED;
    }

    public @Nullable String cancellationReason() {
        return cancellationReason;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The series of a recurring routine meeting this activity is an occurrence of; null otherwise. */
    public @Nullable String seriesId() {
        return seriesId;
    }

    /** Which occurrence of its series (from 1); 0 for an activity that does not recur. */
    public int occurrence() {
        return occurrence;
    }

    /** The secret check-in codes are derived from; never shown or published. */
    public byte[] checkInSecret() {
        return Base64.getDecoder().decode(checkInSecret);
    }
}

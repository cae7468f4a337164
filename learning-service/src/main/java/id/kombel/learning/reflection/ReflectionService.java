package id.kombel.learning.reflection;

import id.kombel.membership.replica.Memberships;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.RuleViolationException;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reflection use cases. A reflection is its author's; a shared one is also readable by the current
 * members of its community. To anyone else it does not exist (404), private ones above all.
 */
@Service
class ReflectionService {

    private static final int ATTEMPTS = 8;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Memberships memberships;
    private final Clock clock;

    ReflectionService(AggregateStore store, MongoTemplate mongo, Memberships memberships, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Only after attending: the attendance the registrations feature recorded is the proof. */
    Reflection write(Caller caller, ReflectionRequest request) {
        Attendance attendance =
                mongo.findById(Attendance.idOf(request.activityId(), caller.memberId()), Attendance.class);
        if (attendance == null) {
            throw new RuleViolationException(
                    "not-attended", caller.memberId() + " did not attend activity " + request.activityId());
        }
        Visibility visibility = request.visibility() == null ? Visibility.PRIVATE : request.visibility();
        if (visibility == Visibility.COMMUNITY) {
            memberships.requireMember(caller, attendance.communityId());
        }
        return store.insert(Reflection.write(
                UUID.randomUUID().toString(),
                attendance.activityId(),
                attendance.communityId(),
                caller.memberId(),
                request.text().strip(),
                visibility,
                clock.instant()));
    }

    Reflection get(Caller caller, String reflectionId) {
        return readable(caller, reflectionId);
    }

    CursorPage<Reflection> mine(Caller caller, PageRequest page) {
        return Keyset.page(
                mongo,
                Criteria.where("memberId").is(caller.memberId()),
                "writtenAt",
                Sort.Direction.DESC,
                page,
                Reflection.class,
                Reflection::writtenAt,
                Reflection::id);
    }

    CursorPage<Reflection> sharedIn(Caller caller, String communityId, PageRequest page) {
        memberships.requireMember(caller, communityId);
        return Keyset.page(
                mongo,
                Criteria.where("communityId").is(communityId).and("visibility").is(Visibility.COMMUNITY),
                "writtenAt",
                Sort.Direction.DESC,
                page,
                Reflection.class,
                Reflection::writtenAt,
                Reflection::id);
    }

    Reflection edit(Caller caller, String reflectionId, @Nullable String ifMatch, EditReflectionRequest request) {
        Reflection reflection = own(caller, reflectionId);
        Versions.checkIfMatch(ifMatch, reflection.version(), "reflection", reflectionId);
        if (request.visibility() == Visibility.COMMUNITY) {
            memberships.requireMember(caller, reflection.communityId());
        }
        reflection.edit(request.text().strip(), request.visibility(), clock.instant());
        return store.update(reflection);
    }

    /** Once per peer; the count is recounted from the encouragements, as ratings are. */
    Reflection encourage(Caller caller, String reflectionId, String message) {
        Reflection reflection = readable(caller, reflectionId);
        if (reflection.writtenBy(caller.memberId())) {
            throw new RuleViolationException(
                    "own-reflection", caller.memberId() + " encouraging their own reflection " + reflectionId);
        }
        try {
            mongo.insert(new Encouragement(
                    Encouragement.idOf(reflectionId, caller.memberId()),
                    reflectionId,
                    caller.memberId(),
                    message.strip(),
                    clock.instant()));
        } catch (DuplicateKeyException again) {
            throw new ConflictException(
                    "already-encouraged", caller.memberId() + " already encouraged reflection " + reflectionId);
        }
        for (int attempt = 1; ; attempt++) {
            Reflection current = find(reflectionId);
            long count = mongo.count(Query.query(Criteria.where("reflectionId").is(reflectionId)), Encouragement.class);
            current.encouraged(caller.memberId(), count);
            try {
                return store.update(current);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    CursorPage<Encouragement> encouragements(Caller caller, String reflectionId, PageRequest page) {
        readable(caller, reflectionId);
        return Keyset.page(
                mongo,
                Criteria.where("reflectionId").is(reflectionId),
                "encouragedAt",
                Sort.Direction.DESC,
                page,
                Encouragement.class,
                Encouragement::encouragedAt,
                Encouragement::id);
    }

    private Reflection readable(Caller caller, String reflectionId) {
        Reflection reflection = find(reflectionId);
        boolean readable = reflection.writtenBy(caller.memberId())
                || (reflection.isShared()
                        && memberships
                                .roleOf(reflection.communityId(), caller.memberId())
                                .isPresent());
        if (!readable) {
            throw new NotFoundException("reflection", reflectionId);
        }
        return reflection;
    }

    private Reflection own(Caller caller, String reflectionId) {
        Reflection reflection = find(reflectionId);
        if (!reflection.writtenBy(caller.memberId())) {
            throw new NotFoundException("reflection", reflectionId);
        }
        return reflection;
    }

    private Reflection find(String reflectionId) {
        return store.findById(reflectionId, Reflection.class)
                .orElseThrow(() -> new NotFoundException("reflection", reflectionId));
    }
}

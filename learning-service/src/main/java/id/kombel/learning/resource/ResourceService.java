package id.kombel.learning.resource;

import id.kombel.membership.replica.Communities;
import id.kombel.membership.replica.CommunityReplica;
import id.kombel.membership.replica.CommunityRole;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ConflictException;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.NotFoundException;
import id.kombel.platform.web.PageRequest;
import id.kombel.platform.web.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Catalog use cases. Every request names the community it is made from: the caller must be its
 * member, and sees the community's own resources and those shared with its region. A resource not
 * visible from there is 404, whether it exists or not.
 */
@Service
class ResourceService {

    /** Concurrent raters and reporters retry on the resource's version; a few rounds settle it. */
    private static final int ATTEMPTS = 8;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Memberships memberships;
    private final Communities communities;
    private final Clock clock;

    ResourceService(
            AggregateStore store, MongoTemplate mongo, Memberships memberships, Communities communities, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.memberships = memberships;
        this.communities = communities;
        this.clock = clock;
    }

    Resource share(Caller caller, String communityId, ResourceRequest request) {
        memberships.requireMember(caller, communityId);
        CommunityReplica community = communities.require(communityId);
        if (!community.isOpenForActivity()) {
            throw new ConflictException("community-closed", "community " + communityId + " is " + community.status());
        }
        ResourceDetails details = request.details();
        return store.insert(Resource.share(
                UUID.randomUUID().toString(),
                communityId,
                community.regionId(),
                caller.memberId(),
                details,
                clock.instant()));
    }

    Resource get(Caller caller, String communityId, String resourceId) {
        return visible(caller, communityId, resourceId);
    }

    CursorPage<Resource> list(Caller caller, String communityId, ResourceFilter filter, PageRequest page) {
        memberships.requireMember(caller, communityId);
        CommunityReplica community = communities.require(communityId);
        List<String> audiences =
                List.of(Resource.communityAudience(communityId), Resource.regionAudience(community.regionId()));
        return Keyset.page(
                mongo,
                filter.criteria(audiences),
                "sharedAt",
                Sort.Direction.DESC,
                page,
                Resource.class,
                Resource::sharedAt,
                Resource::id);
    }

    Resource update(
            Caller caller, String communityId, String resourceId, @Nullable String ifMatch, ResourceRequest request) {
        Resource resource = visible(caller, communityId, resourceId);
        if (!caller.is(resource.sharedBy())) {
            throw new ForbiddenException(caller.memberId() + " did not share resource " + resourceId);
        }
        Versions.checkIfMatch(ifMatch, resource.version(), "resource", resourceId);
        ResourceDetails details = request.details();
        return resource.update(details, clock.instant()) ? store.update(resource) : resource;
    }

    /** The sharer removes their resource; a lead of the community it was shared in may too. */
    void remove(Caller caller, String communityId, String resourceId, @Nullable String ifMatch) {
        Resource resource = visible(caller, communityId, resourceId);
        boolean lead = memberships
                .roleOf(resource.communityId(), caller.memberId())
                .map(CommunityRole::isLeader)
                .orElse(false);
        if (!caller.is(resource.sharedBy()) && !lead) {
            throw new ForbiddenException(caller.memberId() + " may not remove resource " + resourceId);
        }
        Versions.checkIfMatch(ifMatch, resource.version(), "resource", resourceId);
        resource.remove(caller.memberId(), clock.instant());
        store.update(resource);
    }

    /**
     * The member's rating replaces any earlier one (one document per member), then the resource's
     * average and count are recomputed from all ratings and stored against the version read before
     * recomputing. Whoever stores last has recomputed after every rating written before its read, and
     * a stale recomputation fails its version check and runs again: the stored figures always equal
     * the ratings, however many members rate at once.
     */
    Resource rate(Caller caller, String communityId, String resourceId, int stars) {
        Resource seen = visible(caller, communityId, resourceId);
        mongo.upsert(
                Query.query(Criteria.where("_id").is(Rating.idOf(resourceId, caller.memberId()))),
                new Update()
                        .set("resourceId", resourceId)
                        .set("memberId", caller.memberId())
                        .set("stars", stars)
                        .set("regionId", seen.regionId())
                        .set("platform", seen.platform())
                        .set("ratedAt", clock.instant()),
                Rating.class);
        return retrying(resourceId, resource -> {
            Document totals = ratingTotals(resourceId);
            long count = ((Number) totals.getOrDefault("count", 0)).longValue();
            long sum = ((Number) totals.getOrDefault("sum", 0)).longValue();
            double average = count == 0 ? 0 : Math.round(sum * 100.0 / count) / 100.0;
            resource.rated(caller.memberId(), stars, average, count);
            return resource;
        });
    }

    /** Once per member: a second report by the same member is refused and counts nothing. */
    Resource report(Caller caller, String communityId, String resourceId) {
        visible(caller, communityId, resourceId);
        try {
            mongo.insert(new BrokenLinkReport(
                    BrokenLinkReport.idOf(resourceId, caller.memberId()),
                    resourceId,
                    caller.memberId(),
                    clock.instant()));
        } catch (DuplicateKeyException alreadyReported) {
            throw new ConflictException(
                    "already-reported", caller.memberId() + " already reported resource " + resourceId);
        }
        return retrying(resourceId, resource -> {
            long count = mongo.count(Query.query(Criteria.where("resourceId").is(resourceId)), BrokenLinkReport.class);
            resource.reported(caller.memberId(), count);
            return resource;
        });
    }

    void bookmark(Caller caller, String communityId, String resourceId) {
        Resource resource = visible(caller, communityId, resourceId);
        String id = Bookmark.idOf(caller.memberId(), resourceId);
        mongo.upsert(
                Query.query(Criteria.where("_id").is(id)),
                new Update()
                        .setOnInsert("memberId", caller.memberId())
                        .setOnInsert("resourceId", resourceId)
                        .setOnInsert("regionId", resource.regionId())
                        .setOnInsert("platform", resource.platform())
                        .setOnInsert("bookmarkedAt", clock.instant()),
                Bookmark.class);
    }

    void unbookmark(Caller caller, String communityId, String resourceId) {
        visible(caller, communityId, resourceId);
        mongo.remove(
                Query.query(Criteria.where("_id").is(Bookmark.idOf(caller.memberId(), resourceId))), Bookmark.class);
    }

    /** The caller's bookmarks, newest first, with the resources as they are now (removed ones left out). */
    CursorPage<BookmarkResponse> bookmarks(Caller caller, PageRequest page) {
        CursorPage<Bookmark> bookmarks = Keyset.page(
                mongo,
                Criteria.where("memberId").is(caller.memberId()),
                "bookmarkedAt",
                Sort.Direction.DESC,
                page,
                Bookmark.class,
                Bookmark::bookmarkedAt,
                Bookmark::id);
        List<String> ids = bookmarks.items().stream().map(Bookmark::resourceId).toList();
        Map<String, Resource> resources =
                mongo.find(Query.query(Criteria.where("_id").in(ids)), Resource.class).stream()
                        .filter(resource -> !resource.isRemoved())
                        .collect(Collectors.toMap(Resource::id, Function.identity()));
        return new CursorPage<>(
                bookmarks.items().stream()
                        .filter(bookmark -> resources.containsKey(bookmark.resourceId()))
                        .map(bookmark -> BookmarkResponse.of(bookmark, resources.get(bookmark.resourceId())))
                        .toList(),
                bookmarks.next());
    }

    /** The sharer and the leads of the community it was shared in see how often it was reported broken. */
    boolean seesReports(Caller caller, Resource resource) {
        return caller.is(resource.sharedBy())
                || memberships
                        .roleOf(resource.communityId(), caller.memberId())
                        .map(CommunityRole::isLeader)
                        .orElse(false);
    }

    Instant now() {
        return clock.instant();
    }

    private Document ratingTotals(String resourceId) {
        Aggregation totals = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("resourceId").is(resourceId)),
                Aggregation.group().sum("stars").as("sum").count().as("count"));
        Document result =
                mongo.aggregate(totals, Rating.COLLECTION, Document.class).getUniqueMappedResult();
        return result == null ? new Document() : result;
    }

    private Resource retrying(String resourceId, UnaryOperator<Resource> change) {
        for (int attempt = 1; ; attempt++) {
            Resource resource = find(resourceId);
            try {
                return store.update(change.apply(resource));
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * A resource's existence is private to the members who may see it: whoever is not a member of the
     * community they ask from learns nothing, not even that the community's catalog has this id.
     */
    private Resource visible(Caller caller, String communityId, String resourceId) {
        if (memberships.roleOf(communityId, caller.memberId()).isEmpty()) {
            throw new NotFoundException("resource", resourceId);
        }
        CommunityReplica community = communities.require(communityId);
        Resource resource = find(resourceId);
        if (!resource.visibleIn(communityId, community.regionId())) {
            throw new NotFoundException("resource", resourceId);
        }
        return resource;
    }

    private Resource find(String resourceId) {
        return store.findById(resourceId, Resource.class)
                .filter(resource -> !resource.isRemoved())
                .orElseThrow(() -> new NotFoundException("resource", resourceId));
    }
}

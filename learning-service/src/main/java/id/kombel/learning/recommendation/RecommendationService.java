package id.kombel.learning.recommendation;

import id.kombel.learning.resource.Level;
import id.kombel.learning.resource.ResourceCatalog;
import id.kombel.learning.resource.ResourceCatalog.ResourceMatch;
import id.kombel.learning.resource.SearchKeys;
import id.kombel.membership.replica.Memberships;
import id.kombel.platform.events.AggregateStore;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Matches a posted problem with resources (its community's and its region's) and upcoming activities
 * (its community's, and its region's that are open to other communities), once per problem.
 */
@Service
class RecommendationService {

    static final int RESOURCES = 5;
    static final int ACTIVITIES = 3;

    /** Upcoming activities considered per source; a community rarely schedules more ahead. */
    private static final int UPCOMING = 50;

    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ResourceCatalog catalog;
    private final Memberships memberships;
    private final Clock clock;

    RecommendationService(
            AggregateStore store, MongoTemplate mongo, ResourceCatalog catalog, Memberships memberships, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.catalog = catalog;
        this.memberships = memberships;
        this.clock = clock;
    }

    void recommendFor(ProblemPosted problem) {
        if (store.findById(problem.problemId(), Recommendation.class).isPresent()) {
            return; // a redelivery or a replay: recommended already
        }
        Set<String> topical =
                CategoryKeys.topical(problem.category(), problem.tags() == null ? List.of() : problem.tags());
        List<String> boosting = new ArrayList<>();
        if (problem.subject() != null && !problem.subject().isBlank()) {
            boosting.add(SearchKeys.subject(problem.subject()));
        }
        level(problem.level()).ifPresent(level -> boosting.add(SearchKeys.level(level)));
        List<String> resourceIds =
                catalog.bestMatches(problem.communityId(), problem.regionId(), topical, boosting, RESOURCES).stream()
                        .map(ResourceMatch::id)
                        .toList();
        List<String> activityIds = matchingActivities(problem, topical).stream()
                .map(UpcomingActivity::id)
                .toList();
        try {
            store.insert(Recommendation.found(problem, resourceIds, activityIds, clock.instant()));
        } catch (DuplicateKeyException concurrently) {
            log.debug("recommendations for problem {} were stored concurrently", problem.problemId());
        }
    }

    /** The recommendations for a problem, to members of its community, as they stand now. */
    RecommendationResponse get(Caller caller, String problemId) {
        Recommendation recommendation = store.findById(problemId, Recommendation.class)
                .orElseThrow(() -> new NotFoundException("recommendation", problemId));
        memberships.requireMember(caller, recommendation.communityId());
        List<ResourceMatch> resources = catalog.visibleIn(
                recommendation.communityId(), recommendation.regionId(), recommendation.resourceIds());
        List<UpcomingActivity> found =
                mongo.find(Query.query(Criteria.where("_id").in(recommendation.activityIds())), UpcomingActivity.class);
        List<UpcomingActivity> activities = recommendation.activityIds().stream()
                .flatMap(id -> found.stream().filter(activity -> activity.id().equals(id)))
                .filter(activity -> !activity.cancelled())
                .toList();
        return RecommendationResponse.of(problemId, recommendation.foundAt(), resources, activities);
    }

    private List<UpcomingActivity> matchingActivities(ProblemPosted problem, Set<String> topical) {
        Instant now = clock.instant();
        Criteria own = Criteria.where("communityId")
                .is(problem.communityId())
                .and("cancelled")
                .is(false)
                .and("startsAt")
                .gt(now);
        Criteria region = Criteria.where("regionId")
                .is(problem.regionId())
                .and("openToOtherCommunities")
                .is(true)
                .and("cancelled")
                .is(false)
                .and("startsAt")
                .gt(now);
        Map<String, UpcomingActivity> upcoming = new LinkedHashMap<>();
        Stream.of(own, region)
                .flatMap(criteria -> mongo
                        .find(
                                Query.query(criteria)
                                        .with(Sort.by(Sort.Direction.ASC, "startsAt"))
                                        .limit(UPCOMING),
                                UpcomingActivity.class)
                        .stream())
                .forEach(activity -> upcoming.putIfAbsent(activity.id(), activity));
        return upcoming.values().stream()
                .filter(activity -> score(activity, topical) > 0)
                .sorted(Comparator.comparingLong((UpcomingActivity activity) -> -score(activity, topical))
                        .thenComparing(activity -> activity.startsAt() == null ? now : activity.startsAt()))
                .limit(ACTIVITIES)
                .toList();
    }

    private static long score(UpcomingActivity activity, Set<String> topical) {
        return activity.titleKeys() == null
                ? 0
                : activity.titleKeys().stream().filter(topical::contains).count();
    }

    private static Optional<Level> level(@Nullable String level) {
        try {
            return level == null ? Optional.empty() : Optional.of(Level.valueOf(level));
        } catch (IllegalArgumentException unknownLevel) {
            return Optional.empty();
        }
    }
}

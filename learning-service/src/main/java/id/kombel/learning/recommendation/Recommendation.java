package id.kombel.learning.recommendation;

import id.kombel.learning.ContentTopics;
import id.kombel.platform.events.AggregateRoot;
import id.kombel.platform.events.AggregateTopic;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What was recommended for one problem (id = the problem's id, so a redelivered or replayed {@code
 * ProblemPosted} finds it already there and changes nothing). The author's id is not kept: it
 * travels in the event to reach their inbox, and nobody reads it here.
 */
@Document("problem_recommendations")
@AggregateTopic(ContentTopics.RECOMMENDATION)
class Recommendation extends AggregateRoot {

    private String communityId;
    private String regionId;
    private List<String> resourceIds;
    private List<String> activityIds;
    private Instant foundAt;

    @PersistenceCreator
    Recommendation() {}

    private Recommendation(
            String problemId,
            String communityId,
            String regionId,
            List<String> resourceIds,
            List<String> activityIds,
            Instant now) {
        super(problemId);
        this.communityId = communityId;
        this.regionId = regionId;
        this.resourceIds = List.copyOf(resourceIds);
        this.activityIds = List.copyOf(activityIds);
        this.foundAt = now;
    }

    /** Announced only when something matched: an empty recommendation is not worth a notification. */
    static Recommendation found(
            ProblemPosted problem, List<String> resourceIds, List<String> activityIds, Instant now) {
        Recommendation recommendation = new Recommendation(
                problem.problemId(), problem.communityId(), problem.regionId(), resourceIds, activityIds, now);
        if (!resourceIds.isEmpty() || !activityIds.isEmpty()) {
            recommendation.raise(new RecommendationsFound(
                    problem.problemId(),
                    problem.communityId(),
                    problem.authorId(),
                    List.copyOf(resourceIds),
                    List.copyOf(activityIds)));
        }
        return recommendation;
    }

    String communityId() {
        return communityId;
    }

    String regionId() {
        return regionId;
    }

    List<String> resourceIds() {
        return List.copyOf(resourceIds);
    }

    List<String> activityIds() {
        return List.copyOf(activityIds);
    }

    Instant foundAt() {
        return foundAt;
    }
}

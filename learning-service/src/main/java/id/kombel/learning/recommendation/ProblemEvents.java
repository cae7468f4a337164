package id.kombel.learning.recommendation;

import id.kombel.learning.ContentTopics;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Finds recommendations for each problem discussion-service reports. */
@Component
@KafkaListener(topics = ContentTopics.DISCUSSION_PROBLEM, groupId = "${spring.kafka.consumer.group-id}.recommendations")
class ProblemEvents {

    private final RecommendationService recommendations;

    ProblemEvents(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @KafkaHandler
    void on(ProblemPosted event) {
        recommendations.recommendFor(event);
    }
}

package id.kombel.learning.recommendation;

import id.kombel.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecommendationController {

    private final RecommendationService recommendations;

    RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    /** 404 until the problem's recommendations were found (moments after it was posted). */
    @GetMapping("/api/v1/problems/{problemId}/recommendations")
    RecommendationResponse get(Caller caller, @PathVariable String problemId) {
        return recommendations.get(caller, problemId);
    }
}

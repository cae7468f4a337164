package id.kombel.learning.recommendation;

import id.kombel.learning.resource.SearchKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each problem category looks for in resources and activity titles: Indonesian and English
 * words, matched as resource tags ({@code tag:}) and as words of titles, descriptions and tags
 * ({@code word:}). Documented in docs/architecture.md (recommendations). A category this version
 * does not know (and OTHER) contributes nothing; the problem's own tags still match.
 */
final class CategoryKeys {

    static final Map<String, List<String>> WORDS = Map.of(
            "STUDENT_MOTIVATION",
            List.of(
                    "motivasi",
                    "motivation",
                    "semangat",
                    "minat",
                    "engagement",
                    "gamifikasi",
                    "gamification",
                    "apresiasi",
                    "penghargaan"),
            "LEARNING_MEDIA",
            List.of(
                    "media",
                    "multimedia",
                    "video",
                    "peraga",
                    "interaktif",
                    "interactive",
                    "animasi",
                    "visual",
                    "presentasi"),
            "MONOTONOUS_LESSONS",
            List.of(
                    "variasi",
                    "kreatif",
                    "creative",
                    "permainan",
                    "game",
                    "gamifikasi",
                    "proyek",
                    "project",
                    "diferensiasi",
                    "icebreaker"),
            "ASSESSMENT_ACCURACY",
            List.of(
                    "asesmen",
                    "assessment",
                    "penilaian",
                    "rubrik",
                    "rubric",
                    "evaluasi",
                    "diagnostik",
                    "formatif",
                    "sumatif",
                    "soal"),
            "CLASSROOM_MANAGEMENT",
            List.of(
                    "pengelolaan",
                    "manajemen",
                    "management",
                    "classroom",
                    "disiplin",
                    "discipline",
                    "kesepakatan",
                    "perilaku",
                    "behavior"),
            "DIGITAL_LITERACY",
            List.of(
                    "literasi",
                    "digital",
                    "literacy",
                    "internet",
                    "teknologi",
                    "technology",
                    "aplikasi",
                    "daring",
                    "online"));

    private CategoryKeys() {}

    /** The topical keys of a problem: its category's words and its own tags, as tags and as words. */
    static Set<String> topical(String category, List<String> tags) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : WORDS.getOrDefault(category, List.of())) {
            keys.add(SearchKeys.tag(word));
            keys.add("word:" + word);
        }
        for (String tag : tags) {
            if (!tag.isBlank()) {
                keys.add(SearchKeys.tag(tag));
                keys.addAll(SearchKeys.wordKeys(tag));
            }
        }
        return keys;
    }
}

package id.kombel.discussion.problem;

import static org.assertj.core.api.Assertions.assertThat;

import id.kombel.discussion.DiscussionFixtures;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Keyword search insensitive to case and accents, filters, the three orders, and their cursors. */
@IntegrationTest
@AutoConfigureRestTestClient
class ProblemSearchTest {

    @Autowired
    RestTestClient http;

    @Autowired
    ReplicaWriter replicas;

    DiscussionFixtures fixtures;
    Community community;
    String motivation;
    String media;
    String assessment;

    @BeforeEach
    void threeProblems() {
        fixtures = new DiscussionFixtures(http, replicas);
        community = fixtures.activeCommunity();
        motivation = post("Motivasi belajar Matématika rendah", "STUDENT_MOTIVATION", "SMP", "Matematika", "motivasi");
        media = post("Media pembelajaran interaktif", "LEARNING_MEDIA", "SD", "IPA", "video");
        assessment = post("Students cheat in online quizzes", "ASSESSMENT_ACCURACY", "SMA", "English", "kuis");
    }

    @Test
    void findsKeywordsWhateverTheirCaseAndAccents() {
        assertThat(ids("q=MATEMATIKA")).containsExactly(motivation);
        assertThat(ids("q=matematika rendah")).containsExactly(motivation);
        assertThat(ids("q=motiv")).containsExactly(motivation);
        assertThat(ids("q=interaktíf")).containsExactly(media);
        assertThat(ids("q=quizzes")).containsExactly(assessment);
        assertThat(ids("q=pecahan")).as("a description word").hasSize(3);
        assertThat(ids("q=tidakada")).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids("category=LEARNING_MEDIA")).containsExactly(media);
        assertThat(ids("level=SMA")).containsExactly(assessment);
        assertThat(ids("subject=matematika")).containsExactly(motivation);
        assertThat(ids("tag=Video")).containsExactly(media);
        assertThat(ids("status=OPEN&level=SD&q=media")).containsExactly(media);
        fixtures.postOk(community.member(), "/api/v1/problems/" + media + "/close", null);
        assertThat(ids("status=CLOSED")).containsExactly(media);
        assertThat(ids("status=OPEN")).containsExactlyInAnyOrder(motivation, assessment);
    }

    @Test
    void sortsByNewestUnansweredAndMostHelpfulAndPagesWithCursors() {
        assertThat(ids("")).containsExactly(assessment, media, motivation);
        String answered = fixtures.solutionId(community.peer(), media, "Video pendek");
        assertThat(ids("sort=UNANSWERED")).containsExactly(assessment, motivation);
        fixtures.postOk(
                community.peer(),
                "/api/v1/solutions/" + fixtures.solutionId(community.lead(), motivation, "Permainan") + "/votes",
                null);
        fixtures.postOk(community.coLead(), "/api/v1/solutions/" + answered + "/votes", null);
        fixtures.postOk(community.lead(), "/api/v1/solutions/" + answered + "/votes", null);
        assertThat(ids("sort=MOST_HELPFUL")).containsExactly(media, motivation, assessment);

        for (String sort : List.of("NEWEST", "UNANSWERED", "MOST_HELPFUL")) {
            List<String> paged = new ArrayList<>();
            String query = "sort=" + sort + "&limit=1";
            JsonNode page = page(query);
            page.get("items").forEach(item -> paged.add(item.get("id").asString()));
            while (page.hasNonNull("next")) {
                page = page(query + "&cursor=" + page.get("next").asString());
                page.get("items").forEach(item -> paged.add(item.get("id").asString()));
            }
            assertThat(paged).as("pages of " + sort).isEqualTo(ids("sort=" + sort));
        }
    }

    @Test
    void refusesAForgedCursor() {
        fixtures.get(community.peer(), "/api/v1/communities/" + community.id() + "/problems?cursor=eyIkbmUiOjF9")
                .expectStatus()
                .isBadRequest();
    }

    private String post(String title, String category, String level, String subject, String tag) {
        return fixtures.postProblem(
                        community.member(), community.id(), """
                        {"title":"%s","description":"Siswa sulit memahami pecahan.","category":"%s","level":"%s",
                         "subject":"%s","tags":["%s"]}""".formatted(title, category, level, subject, tag))
                .get("id")
                .asString();
    }

    private JsonNode page(String query) {
        return fixtures.json(community.peer(), "/api/v1/communities/" + community.id() + "/problems?" + query);
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        page(query + "&limit=100")
                .get("items")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}

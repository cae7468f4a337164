package id.kombel.membership.notification;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kombel.membership.TrustTestIdentity;
import id.kombel.membership.discussionevents.DiscussionTopics;
import id.kombel.test.IntegrationTest;
import id.kombel.test.KafkaProbe;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * discussion-service's events, sent as contracts.md specifies them, reach the member's inbox once
 * each (sent twice, then another behind them on the partition, as in {@link LearningNotificationsTest}),
 * and nothing in an inbox names the author of an anonymous problem.
 */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class DiscussionNotificationsTest {

    @Autowired
    RestTestClient http;

    InboxClient inbox;

    @BeforeEach
    void setUp() {
        inbox = new InboxClient(http);
    }

    @Test
    void aSolutionProposedToAProblemReachesItsAuthorButNotWhenTheyAnswerThemselves() {
        String author = newMemberId("author");
        String helper = newMemberId("helper");

        sendTwiceThenAnother(
                DiscussionTopics.SOLUTION,
                "SolutionProposed",
                solution -> proposed(solution, helper, author),
                author,
                NotificationType.NEW_SOLUTION,
                own -> probe -> probe.send(probe.event(
                        "SolutionProposed", UUID.randomUUID().toString(), own, 1, proposed(own, author, author))));

        assertThat(inbox.items(member(author))).hasSize(2);
        assertThat(inbox.items(member(author)).get(0).get("text").asString())
                .isEqualTo("Ada usulan solusi baru untuk masalah Anda.");
    }

    @Test
    void anAcceptedSolutionReachesItsAuthorWithoutSayingWhoAcceptedIt() {
        String anonymousAuthor = newMemberId("anonymous");
        String helper = newMemberId("helper");

        List<JsonNode> told = sendTwiceThenAnother(
                DiscussionTopics.PROBLEM,
                "SolutionAccepted",
                solution -> """
                        {"solutionId":"%s","problemId":"p-anon","communityId":"c-1","solutionAuthorId":"%s",
                         "acceptedBy":"%s","acceptedAt":"2026-12-03T04:00:00Z"}""".formatted(solution, helper, anonymousAuthor),
                helper,
                NotificationType.SOLUTION_ACCEPTED);

        assertThat(told.get(0).get("params").get("problemId").asString()).isEqualTo("p-anon");
        assertThat(rawInbox(helper)).doesNotContain(anonymousAuthor);
    }

    @Test
    void aDueTrialFollowUpRemindsTheMember() {
        String teacher = newMemberId("teacher");

        List<JsonNode> told = sendTwiceThenAnother(
                DiscussionTopics.TRIAL,
                "TrialFollowUpDue",
                trial -> """
                        {"trialId":"%s","solutionId":"s-1","problemId":"p-1","communityId":"c-1","memberId":"%s",
                         "dueOn":"2026-12-10"}""".formatted(trial, teacher),
                teacher,
                NotificationType.TRIAL_FOLLOW_UP_DUE);

        assertThat(inbox.items(member(teacher), "en").get(0).get("text").asString())
                .isEqualTo("Time to share how trying the solution in your class went (due 2026-12-10).");
        assertThat(told.get(0).get("params").get("dueOn").asString()).isEqualTo("2026-12-10");
    }

    @Test
    void appreciationReachesItsReceiverWithoutNamingTheGiver() {
        String teacher = newMemberId("teacher");
        String anonymousAuthor = newMemberId("anonymous");

        sendTwiceThenAnother(
                DiscussionTopics.APPRECIATION,
                "AppreciationGiven",
                appreciation -> """
                        {"appreciationId":"%s","itemType":"SOLUTION","itemId":"s-1","communityId":"c-1",
                         "fromMemberId":"%s","toMemberId":"%s","givenAt":"2026-12-03T04:00:00Z"}""".formatted(appreciation, anonymousAuthor, teacher),
                teacher,
                NotificationType.APPRECIATION_RECEIVED);

        assertThat(inbox.items(member(teacher)).get(0).get("text").asString())
                .isEqualTo("Solusi Anda mendapat apresiasi.");
        assertThat(rawInbox(teacher)).doesNotContain(anonymousAuthor);
    }

    @Test
    void aFollowedProblemsChangeReachesTheFollowerInTheirLanguage() {
        String follower = newMemberId("follower");

        sendTwiceThenAnother(
                DiscussionTopics.FOLLOW,
                "FollowedProblemChanged",
                problem -> """
                        {"problemId":"%s","communityId":"c-1","memberId":"%s","change":"SOLUTION_ACCEPTED",
                         "title":"Siswa kurang aktif saat diskusi"}""".formatted(problem, follower),
                follower,
                NotificationType.FOLLOWED_PROBLEM_CHANGED);

        assertThat(inbox.items(member(follower), "id").get(0).get("text").asString())
                .isEqualTo("Sebuah solusi untuk \"Siswa kurang aktif saat diskusi\" diterima.");
        assertThat(inbox.items(member(follower), "en").get(0).get("text").asString())
                .isEqualTo("A solution for \"Siswa kurang aktif saat diskusi\" was accepted.");
    }

    @Test
    void aFollowedChangeFannedOutAgainNotifiesEachFollowerOnce() {
        String follower = newMemberId("follower");
        String problem = UUID.randomUUID().toString();
        String change = UUID.randomUUID().toString();
        String fanOut = problem + ":" + change;

        try (KafkaProbe follows = KafkaProbe.onCreating(DiscussionTopics.FOLLOW, 3)) {
            // the first run, then the fan-out of the same change run again: new events, same change id
            follows.send(follows.event(
                    "FollowedProblemChanged",
                    UUID.randomUUID().toString(),
                    fanOut,
                    1,
                    followedChange(problem, follower, change)));
            follows.send(follows.event(
                    "FollowedProblemChanged",
                    UUID.randomUUID().toString(),
                    fanOut,
                    2,
                    followedChange(problem, follower, change)));
            // another change behind them on the partition: once it is in, the run again was read
            String later = follows.keyOnSamePartitionAs(fanOut);
            follows.send(follows.event(
                    "FollowedProblemChanged",
                    UUID.randomUUID().toString(),
                    later,
                    1,
                    followedChange(problem, follower, UUID.randomUUID().toString())));
        }

        await("both changes delivered")
                .until(() -> inbox.ofType(member(follower), NotificationType.FOLLOWED_PROBLEM_CHANGED)
                                .size()
                        >= 2);
        assertThat(inbox.ofType(member(follower), NotificationType.FOLLOWED_PROBLEM_CHANGED))
                .as("one notification per change")
                .hasSize(2);
    }

    @Test
    void aFollowerWhoSwitchedOffFollowedProblemsGetsNone() {
        String quiet = newMemberId("follower");
        String other = newMemberId("follower");
        inbox.prefer(member(quiet), "{\"disabled\":[\"FOLLOWED_PROBLEM_CHANGED\"],\"digest\":\"OFF\"}");

        try (KafkaProbe follows = KafkaProbe.onCreating(DiscussionTopics.FOLLOW, 3)) {
            String problem = UUID.randomUUID().toString();
            follows.send(follows.event(
                    "FollowedProblemChanged", UUID.randomUUID().toString(), problem, 1, followed(problem, quiet)));
            follows.send(follows.event(
                    "FollowedProblemChanged", UUID.randomUUID().toString(), problem, 2, followed(problem, other)));
        }

        await("the other follower is told")
                .until(() -> !inbox.items(member(other)).isEmpty());
        assertThat(inbox.items(member(quiet))).isEmpty();
    }

    private static String followed(String problem, String follower) {
        return """
                {"problemId":"%s","communityId":"c-1","memberId":"%s","change":"REPLY_POSTED",
                 "title":"Siswa pasif"}""".formatted(problem, follower);
    }

    private static String followedChange(String problem, String follower, String change) {
        return """
                {"problemId":"%s","communityId":"c-1","memberId":"%s","change":"REPLY_POSTED",
                 "title":"Siswa pasif","changeId":"%s"}""".formatted(problem, follower, change);
    }

    private static String proposed(String solution, String author, String problemAuthor) {
        return """
                {"solutionId":"%s","problemId":"p-1","communityId":"c-1","authorId":"%s",
                 "problemAuthorId":"%s","proposedAt":"2026-12-03T04:00:00Z"}""".formatted(solution, author, problemAuthor);
    }

    /** The member's inbox exactly as the API sends it, in both languages. */
    private String rawInbox(String memberId) {
        return inbox.items(member(memberId), "id").toString() + inbox.items(member(memberId), "en");
    }

    private List<JsonNode> sendTwiceThenAnother(
            String topic, String type, Function<String, String> json, String recipient, NotificationType expected) {
        return sendTwiceThenAnother(topic, type, json, recipient, expected, subject -> probe -> {});
    }

    /** As in {@link LearningNotificationsTest}: an event sent twice, then another of its kind behind it. */
    private List<JsonNode> sendTwiceThenAnother(
            String topic,
            String type,
            Function<String, String> json,
            String recipient,
            NotificationType expected,
            Function<String, Consumer<KafkaProbe>> before) {
        try (KafkaProbe probe = KafkaProbe.onCreating(topic, 3)) {
            String first = UUID.randomUUID().toString();
            String firstEvent = UUID.randomUUID().toString();
            before.apply(probe.keyOnSamePartitionAs(first)).accept(probe);
            probe.send(probe.event(type, firstEvent, first, 1, json.apply(first)));
            probe.send(probe.event(type, firstEvent, first, 1, json.apply(first)));
            String second = probe.keyOnSamePartitionAs(first);
            probe.send(probe.event(type, UUID.randomUUID().toString(), second, 1, json.apply(second)));
        }
        await("both %s notifications delivered".formatted(expected))
                .until(() -> inbox.ofType(member(recipient), expected).size() >= 2);
        List<JsonNode> told = inbox.ofType(member(recipient), expected);
        assertThat(told).as("the redelivered event notified once").hasSize(2);
        return told;
    }
}

package id.kombel.membership.notification;

import static id.kombel.membership.CommunityFixtures.member;
import static id.kombel.membership.CommunityFixtures.newMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import id.kombel.membership.CommunityFixtures;
import id.kombel.membership.TrustTestIdentity;
import id.kombel.test.IntegrationTest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** A request to join an approval community reaches its lead and co-leads, each by their own preferences. */
@IntegrationTest
@Import(TrustTestIdentity.class)
@AutoConfigureRestTestClient
class JoinRequestNotificationTest {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    CommunityFixtures fixtures;
    InboxClient inbox;

    @BeforeEach
    void setUp() {
        fixtures = new CommunityFixtures(http);
        inbox = new InboxClient(http);
    }

    @Test
    void aRequestToJoinReachesTheLeadAndCoLeadsAsTheirPreferencesSay() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Persetujuan", "APPROVAL");
        inbox.prefer(member(community.coLead1()), "{\"disabled\":[\"JOIN_REQUESTED\"],\"digest\":\"OFF\"}");
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Jakarta"));
        inbox.prefer(member(community.coLead2()), """
                {"disabled":[],"quietFrom":"%s","quietUntil":"%s","digest":"OFF"}""".formatted(
                        now.minusHours(1).withNano(0), now.plusHours(1).withNano(0)));
        String teacher = newMemberId("teacher");

        fixtures.post(teacher, "/api/v1/communities/" + community.id() + "/memberships", null)
                .expectStatus()
                .isCreated();

        await("the lead is told")
                .until(() -> !inbox.ofType(member(community.lead()), NotificationType.JOIN_REQUESTED)
                        .isEmpty());
        JsonNode told = inbox.ofType(member(community.lead()), NotificationType.JOIN_REQUESTED)
                .get(0);
        assertThat(told.get("params").get("memberId").asString()).isEqualTo(teacher);
        assertThat(told.get("params").get("communityName").asString()).isEqualTo("Kombel Guru Persetujuan");
        assertThat(told.get("params").get("communityId").asString()).isEqualTo(community.id());

        await("the co-lead in quiet hours has it waiting")
                .until(() -> stored(community.coLead2()).size() == 1);
        assertThat(inbox.ofType(member(community.coLead2()), NotificationType.JOIN_REQUESTED))
                .isEmpty();
        assertThat(stored(community.coLead2()).get(0).getDate("deliverAt"))
                .isAfter(stored(community.coLead2()).get(0).getDate("createdAt"));
        assertThat(stored(community.coLead1())).as("switched off").isEmpty();
        assertThat(stored(teacher))
                .as("the requester is not told of their own request")
                .isEmpty();
    }

    @Test
    void aLeadInDigestModeFindsTheRequestInTheDailySummaryOnly() {
        CommunityFixtures.Community community = fixtures.active("Kombel Guru Ringkasan", "APPROVAL");
        inbox.prefer(member(community.lead()), "{\"disabled\":[],\"digest\":\"DAILY\",\"digestAt\":\"18:00\"}");
        String teacher = newMemberId("teacher");

        fixtures.post(teacher, "/api/v1/communities/" + community.id() + "/memberships", null)
                .expectStatus()
                .isCreated();

        await("a co-lead is told")
                .until(() -> !inbox.ofType(member(community.coLead1()), NotificationType.JOIN_REQUESTED)
                        .isEmpty());
        await("the lead's is held")
                .until(() -> stored(community.lead()).stream().anyMatch(held -> held.getBoolean("heldForDigest")));
        assertThat(inbox.ofType(member(community.lead()), NotificationType.JOIN_REQUESTED))
                .isEmpty();
    }

    /** The join requests stored for the member, shown yet or not. */
    private List<Document> stored(String recipient) {
        return mongo.getCollection(Notification.COLLECTION)
                .find(Filters.and(Filters.eq("recipientId", recipient), Filters.eq("type", "JOIN_REQUESTED")))
                .into(new java.util.ArrayList<>());
    }
}

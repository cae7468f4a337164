package id.kombel.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import id.kombel.learning.ContentFixtures.Community;
import id.kombel.learning.insights.RegionInsightsPart;
import id.kombel.membership.replica.Memberships;
import id.kombel.test.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query the resource, goal, reflection and recommendation features send is served by a
 * declared index. The in-process store ignores secondary indexes, so this records each command the
 * driver sends and checks its filter and sort against the indexes the documents declare (the same
 * rule as membership-service's IndexCoverageTest: equality fields first, in any order, then the sort
 * fields in the index's direction or all reversed; a keyset cursor's range is part of that).
 * Counts and aggregations count as queries by their leading {@code $match}.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import(ContentIndexCoverageTest.Recording.class)
class ContentIndexCoverageTest {

    static final Set<String> COLLECTIONS = Set.of(
            "resources",
            "resource_ratings",
            "resource_bookmarks",
            "resource_reports",
            "goals",
            "reflections",
            "reflection_encouragements",
            "reflection_attendances",
            "problem_recommendations",
            "recommendation_activities");
    static final Set<String> EQUALITY_OPERATORS = Set.of("$eq", "$in", "$all");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class Recording {

        @Bean
        CommandRecorder commandRecorder() {
            return new CommandRecorder();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands(CommandRecorder recorder) {
            return settings -> settings.addCommandListener(recorder);
        }
    }

    static class CommandRecorder implements CommandListener {

        final Collection<BsonDocument> commands = new ConcurrentLinkedQueue<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            commands.add(event.getCommand().clone());
        }
    }

    record Query(String collection, BsonDocument filter, BsonDocument sort) {}

    @Autowired
    RestTestClient http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Memberships memberships;

    @Autowired
    CommandRecorder recorder;

    @Autowired
    List<RegionInsightsPart> insights;

    @Test
    void everyQueryOfTheLearningContentFeaturesIsServedByADeclaredIndex() {
        ContentFixtures fixtures = new ContentFixtures(http, memberships);
        Community community = fixtures.activeCommunity(ContentFixtures.newRegion());
        String teacher = fixtures.member(community);
        String peer = fixtures.member(community);
        String resources = "/api/v1/communities/" + community.id() + "/resources";
        String body = """
                {"title":"Gamifikasi kuis pecahan","url":"https://guru.kemdikbud.go.id/modul","platform":"PMM",\
                "kind":"MODULE","subjects":["Matematika"],"levels":["SD"],"tags":["motivasi"],"scope":"REGION"}""";
        fixtures.post(teacher, resources, body).expectStatus().isCreated();
        String id = json(fixtures.post(teacher, resources, body).expectStatus().isCreated())
                .get("id")
                .asString();
        String resource = resources + "/" + id;
        for (String query : List.of(
                "", "q=kuis", "platform=PMM", "kind=MODULE&level=SD", "subject=matematika&tag=motivasi", "limit=1")) {
            fixtures.get(peer, resources + "?" + query).expectStatus().isOk();
        }
        String next = json(fixtures.get(peer, resources + "?limit=1")
                        .expectStatus()
                        .isOk())
                .get("next")
                .asString();
        fixtures.get(peer, resources + "?limit=1&cursor=" + next).expectStatus().isOk();
        fixtures.get(peer, resource).expectStatus().isOk();
        fixtures.put(teacher, resource, body.replace("kuis", "teka-teki"))
                .expectStatus()
                .isOk();
        fixtures.put(peer, resource + "/rating", "{\"stars\":4}").expectStatus().isOk();
        fixtures.post(peer, resource + "/reports", "").expectStatus().isOk();
        fixtures.put(peer, resource + "/bookmark", "").expectStatus().isNoContent();
        fixtures.get(peer, "/api/v1/resources/bookmarks").expectStatus().isOk();

        String goal = fixtures.post(teacher, "/api/v1/goals", "{\"title\":\"Asesmen\",\"targetDate\":\"2026-12-31\"}")
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        fixtures.put(teacher, goal, "{\"title\":\"Asesmen\",\"targetDate\":\"2026-12-31\",\"progress\":100}")
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/goals").expectStatus().isOk();

        String activityId = UUID.randomUUID().toString();
        ContentFixtures.attended(activityId, community.id(), teacher);
        await().until(() ->
                mongo.findById(activityId + ":" + teacher, Document.class, "reflection_attendances") != null);
        String reflection = fixtures.post(teacher, "/api/v1/reflections", """
                        {"activityId":"%s","text":"Kartu pecahan berhasil","visibility":"COMMUNITY"}""".formatted(activityId))
                .expectStatus()
                .isCreated()
                .returnResult()
                .getResponseHeaders()
                .getLocation()
                .toString();
        fixtures.post(peer, reflection + "/encouragements", "{\"message\":\"Semangat\"}")
                .expectStatus()
                .isCreated();
        fixtures.get(peer, reflection + "/encouragements").expectStatus().isOk();
        fixtures.get(peer, "/api/v1/reflections?communityId=" + community.id())
                .expectStatus()
                .isOk();
        fixtures.get(teacher, "/api/v1/reflections").expectStatus().isOk();

        Instant nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String workshop = UUID.randomUUID().toString();
        ContentFixtures.activityEvent("ActivityPublished", workshop, 2, """
                {"activityId":"%s","communityId":"%s","regionId":"%s","title":"Lokakarya motivasi","kind":"WORKSHOP",\
                "startsAt":"%s","endsAt":"%s","learningHoursJp":4,"openToOtherCommunities":true}""".formatted(
                        workshop, community.id(), community.regionId(), nextWeek, nextWeek.plusSeconds(3600)));
        await().until(() -> mongo.findById(workshop, Document.class, "recommendation_activities") != null);
        String problemId = UUID.randomUUID().toString();
        ContentFixtures.problemEvent(UUID.randomUUID().toString(), problemId, 1, """
                {"problemId":"%s","communityId":"%s","regionId":"%s","authorId":"%s","anonymous":false,\
                "title":"Siswa bosan","category":"STUDENT_MOTIVATION","subject":"Matematika","level":"SD",\
                "tags":["pecahan"],"postedAt":"2026-11-20T03:00:00Z"}""".formatted(
                        problemId, community.id(), community.regionId(), teacher));
        await().untilAsserted(() -> fixtures.get(peer, "/api/v1/problems/" + problemId + "/recommendations")
                .expectStatus()
                .isOk());
        http.delete()
                .uri(resource)
                .header("Authorization", ContentFixtures.bearer(teacher))
                .exchange()
                .expectStatus()
                .isNoContent();

        insights.forEach(part -> part.compute(
                community.regionId(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1)));

        List<Query> queries = queries();
        assertThat(queries)
                .extracting(Query::collection)
                .contains(
                        "resources",
                        "resource_bookmarks",
                        "resource_reports",
                        "goals",
                        "reflections",
                        "reflection_encouragements",
                        "recommendation_activities");
        for (Query query : queries) {
            assertThat(coveringIndex(query))
                    .as("an index serving %s %s sorted by %s", query.collection(), query.filter(), query.sort())
                    .isNotEmpty();
        }
    }

    private static JsonNode json(RestTestClient.ResponseSpec response) {
        return JSON.readTree(response.expectBody().returnResult().getResponseBody());
    }

    private List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (BsonDocument command : recorder.commands) {
            String name = command.getFirstKey();
            if (!command.isString(name)
                    || !COLLECTIONS.contains(command.getString(name).getValue())) {
                continue;
            }
            String collection = command.getString(name).getValue();
            switch (name) {
                case "find" ->
                    queries.add(new Query(
                            collection,
                            command.getDocument("filter", new BsonDocument()),
                            command.getDocument("sort", new BsonDocument())));
                case "update", "delete" -> {
                    String statements = name.equals("update") ? "updates" : "deletes";
                    for (BsonValue statement : command.getArray(statements, new BsonArray())) {
                        queries.add(new Query(collection, statement.asDocument().getDocument("q"), new BsonDocument()));
                    }
                }
                case "findAndModify", "count" ->
                    queries.add(new Query(
                            collection,
                            command.getDocument("query", new BsonDocument()),
                            command.getDocument("sort", new BsonDocument())));
                case "aggregate" -> {
                    // counts and totals: the pipeline's leading $match is the query
                    BsonArray pipeline = command.getArray("pipeline", new BsonArray());
                    if (!pipeline.isEmpty() && pipeline.get(0).asDocument().containsKey("$match")) {
                        queries.add(new Query(
                                collection, pipeline.get(0).asDocument().getDocument("$match"), new BsonDocument()));
                    }
                }
                default -> {}
            }
        }
        return queries;
    }

    /** The name of a declared index that serves the query, or "" when none does. */
    private String coveringIndex(Query query) {
        Set<String> equality = new LinkedHashSet<>();
        Set<String> ranges = new LinkedHashSet<>();
        fields(query.filter(), equality, ranges);
        if (equality.contains("_id")) {
            return "_id_"; // one document at most, whatever else the filter says
        }
        List<String> sort = new ArrayList<>(query.sort().keySet());
        equality.removeAll(sort);
        if (equality.isEmpty() && sort.isEmpty()) {
            return ranges.isEmpty() ? "" : indexStartingWith(query.collection(), List.copyOf(ranges));
        }
        for (Map.Entry<String, BsonDocument> index : indexes(query.collection()).entrySet()) {
            List<String> keys = new ArrayList<>(index.getValue().keySet());
            if (keys.size() < equality.size() + sort.size()) {
                continue;
            }
            boolean prefix = Set.copyOf(keys.subList(0, equality.size())).equals(equality)
                    && keys.subList(equality.size(), equality.size() + sort.size())
                            .equals(sort)
                    && directionsMatch(index.getValue(), query.sort());
            if (prefix) {
                return index.getKey();
            }
        }
        return "";
    }

    private String indexStartingWith(String collection, List<String> fields) {
        return indexes(collection).entrySet().stream()
                .filter(index ->
                        new ArrayList<>(index.getValue().keySet()).get(0).equals(fields.get(0)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    private static boolean directionsMatch(BsonDocument index, BsonDocument sort) {
        boolean same = true;
        boolean reversed = true;
        for (String field : sort.keySet()) {
            int wanted = sort.get(field).asNumber().intValue();
            int declared = index.get(field).asNumber().intValue();
            same &= wanted == declared;
            reversed &= wanted == -declared;
        }
        return same || reversed;
    }

    /** Top-level equality fields, and fields under a range; a keyset cursor's {@code $or} only ranges over the sort. */
    private static void fields(BsonDocument filter, Set<String> equality, Set<String> ranges) {
        for (Map.Entry<String, BsonValue> field : filter.entrySet()) {
            String name = field.getKey();
            BsonValue value = field.getValue();
            if (name.equals("$and")) {
                value.asArray().forEach(part -> fields(part.asDocument(), equality, ranges));
            } else if (name.equals("$or")) {
                value.asArray().forEach(part -> {
                    Set<String> ignored = new LinkedHashSet<>();
                    fields(part.asDocument(), ignored, ranges);
                });
            } else if (value.isDocument()
                    && !value.asDocument().isEmpty()
                    && value.asDocument().getFirstKey().startsWith("$")
                    && !EQUALITY_OPERATORS.contains(value.asDocument().getFirstKey())) {
                ranges.add(name);
            } else {
                equality.add(name);
            }
        }
    }

    /** The indexes the collection's document declares, the implicit {@code _id}, and the relay's outbox index. */
    private Map<String, BsonDocument> indexes(String collection) {
        Map<String, BsonDocument> indexes = new LinkedHashMap<>();
        indexes.put("_id_", new BsonDocument("_id", new BsonInt32(1)));
        indexes.put("outbox_pending", new BsonDocument("outbox.0.time", new BsonInt32(1)));
        var context = mongo.getConverter().getMappingContext();
        IndexResolver resolver = IndexResolver.create(context);
        for (MongoPersistentEntity<?> entity : context.getPersistentEntities()) {
            if (entity.getCollection().equals(collection)) {
                for (IndexDefinition index : resolver.resolveIndexFor(entity.getType())) {
                    indexes.put(
                            String.valueOf(index.getIndexOptions().get("name")),
                            index.getIndexKeys().toBsonDocument());
                }
            }
        }
        return indexes;
    }
}

package id.kombel.discussion;

import static id.kombel.discussion.DiscussionFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import id.kombel.discussion.DiscussionFixtures.Community;
import id.kombel.discussion.trial.TrialFollowUpsAccess;
import id.kombel.platform.events.ReplicaWriter;
import id.kombel.test.IntegrationTest;
import id.kombel.test.TestIdentity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
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

/**
 * Every query the discussion features send is served by a declared index: the
 * in-process store ignores secondary indexes, so this records each command the driver sends and
 * checks its filter and sort against the indexes the documents declare. A query is covered when an
 * index starts with its equality fields (in any order) followed by its sort fields (all in the
 * index's direction or all reversed); a keyset cursor's range on the sort fields is part of that.
 */
@IntegrationTest
@AutoConfigureRestTestClient
@Import({IndexCoverageTest.Recording.class, TrialFollowUpsAccess.class})
class IndexCoverageTest {

    static final Set<String> COLLECTIONS = Set.of(
            "problems",
            "solutions",
            "replies",
            "votes",
            "trials",
            "appreciations",
            "flags",
            "follows",
            "follow_fanouts");
    static final Set<String> EQUALITY_OPERATORS = Set.of("$eq", "$in", "$all");

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
    CommandRecorder recorder;

    @Autowired
    ReplicaWriter replicas;

    @Autowired
    TrialFollowUpsAccess sweeps;

    @Test
    void everyQueryOfTheDiscussionFeaturesIsServedByADeclaredIndex() {
        DiscussionFixtures fixtures = new DiscussionFixtures(http, replicas);
        Community community = fixtures.activeCommunity();
        String problem = fixtures.problemId(community.member(), community.id(), "Indeks pecahan", false);
        fixtures.problemId(community.member(), community.id(), "Indeks kedua", true);
        String solution = fixtures.solutionId(community.peer(), problem, "Kertas lipat");
        fixtures.postOk(community.coLead(), "/api/v1/solutions/" + solution + "/votes", null);
        fixtures.postOk(
                community.member(), "/api/v1/solutions/" + solution + "/replies", "{\"body\":\"Terima kasih\"}");
        fixtures.postOk(community.member(), "/api/v1/solutions/" + solution + "/accept", null);
        fixtures.postOk(
                community.member(), "/api/v1/solutions/" + solution + "/appreciations", "{\"message\":\"Makasih\"}");
        String trial = fixtures.postOk(
                        community.member(),
                        "/api/v1/solutions/" + solution + "/trials",
                        "{\"dueOn\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .get("id")
                .asString();
        fixtures.postOk(
                community.member(), "/api/v1/trials/" + trial + "/outcome", "{\"outcome\":\"WORKED\",\"note\":\"Ok\"}");
        fixtures.post(community.peer(), "/api/v1/problems/" + problem + "/flags", reason("Cek"))
                .expectStatus()
                .isAccepted();
        http.put()
                .uri("/api/v1/problems/" + problem + "/follow")
                .header("Authorization", DiscussionFixtures.member(community.lead()))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        String list = "/api/v1/communities/" + community.id() + "/problems?";
        for (String query : List.of(
                "",
                "q=indeks pecahan",
                "category=OTHER&status=OPEN&level=SMP&subject=Matematika&tag=pecahan",
                "sort=UNANSWERED",
                "sort=MOST_HELPFUL&q=indeks",
                "sort=NEWEST&limit=1")) {
            fixtures.get(community.peer(), list + query).expectStatus().isOk();
        }
        for (String sort : List.of("NEWEST", "UNANSWERED", "MOST_HELPFUL")) {
            var next = fixtures.json(community.peer(), list + "limit=1&sort=" + sort)
                    .get("next");
            if (next != null && !next.isNull()) {
                fixtures.get(community.peer(), list + "limit=1&sort=" + sort + "&cursor=" + next.asString())
                        .expectStatus()
                        .isOk();
            }
        }
        fixtures.get(community.peer(), "/api/v1/problems/" + problem + "/solutions")
                .expectStatus()
                .isOk();
        fixtures.get(community.lead(), "/api/v1/problems/" + problem + "/solutions")
                .expectStatus()
                .isOk();
        fixtures.get(community.peer(), "/api/v1/solutions/" + solution + "/replies")
                .expectStatus()
                .isOk();
        fixtures.get(community.peer(), "/api/v1/solutions/" + solution + "/appreciations")
                .expectStatus()
                .isOk();
        http.get()
                .uri("/api/v1/regions/" + community.regionId() + "/insights?from="
                        + LocalDate.now().minusDays(1) + "&to="
                        + LocalDate.now().plusDays(1))
                .header("Authorization", "Bearer " + TestIdentity.shared().platformAdmin("admin"))
                .exchange()
                .expectStatus()
                .isOk();
        sweeps.sweepInAWeek();

        List<Query> queries = queries();
        assertThat(queries)
                .extracting(Query::collection)
                .contains("problems", "solutions", "replies", "trials", "follows");
        for (Query query : queries) {
            assertThat(coveringIndex(query))
                    .as("an index serving %s %s sorted by %s", query.collection(), query.filter(), query.sort())
                    .isNotEmpty();
        }
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

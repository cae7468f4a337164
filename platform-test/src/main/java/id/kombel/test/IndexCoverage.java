package id.kombel.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
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
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Checks that every query a service sends is served by an index its documents declare. The
 * in-process store ignores secondary indexes, so a missing one would only show on real MongoDB
 * under load; instead a test imports {@link Recording}, drives its features through the API, and
 * calls {@link #assertEveryQueryServed}: each command the driver sent is checked against the
 * declared indexes. A query is covered when an index starts with its equality fields (in any order)
 * followed by its sort fields (all in the index's direction or all reversed); a keyset cursor's
 * range on the sort fields is part of that. Counts and aggregations count by their leading
 * {@code $match}.
 */
public final class IndexCoverage {

    private static final Set<String> EQUALITY_OPERATORS = Set.of("$eq", "$in", "$all");

    private final MongoTemplate mongo;
    private final CommandRecorder recorder;

    public IndexCoverage(MongoTemplate mongo, CommandRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    /** Records every command the application's MongoDB client sends. */
    @TestConfiguration
    public static class Recording {

        @Bean
        CommandRecorder commandRecorder() {
            return new CommandRecorder();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordCommands(CommandRecorder recorder) {
            return settings -> settings.addCommandListener(recorder);
        }
    }

    public static final class CommandRecorder implements CommandListener {

        private final Collection<BsonDocument> commands = new ConcurrentLinkedQueue<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            commands.add(event.getCommand().clone());
        }
    }

    record Query(String collection, BsonDocument filter, BsonDocument sort) {}

    /**
     * Every recorded query on {@code collections} has a declared index serving it, and the test's
     * flows did query each of {@code exercised} (so a flow that stopped reaching a collection fails
     * rather than passing with nothing checked).
     */
    public void assertEveryQueryServed(Set<String> collections, String... exercised) {
        List<Query> queries = queries(collections);
        assertThat(queries).extracting(Query::collection).contains(exercised);
        for (Query query : queries) {
            assertThat(coveringIndex(query))
                    .as("an index serving %s %s sorted by %s", query.collection(), query.filter(), query.sort())
                    .isNotEmpty();
        }
    }

    private List<Query> queries(Set<String> collections) {
        List<Query> queries = new ArrayList<>();
        for (BsonDocument command : recorder.commands) {
            String name = command.getFirstKey();
            if (!command.isString(name)
                    || !collections.contains(command.getString(name).getValue())) {
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

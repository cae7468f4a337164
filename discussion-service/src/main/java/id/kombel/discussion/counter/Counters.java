package id.kombel.discussion.counter;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Recounts the counters a problem or a solution document carries from the documents they count:
 * solutions and helpful votes of a problem; helpful votes, replies and trial outcomes of a solution.
 *
 * <p>A recount is idempotent, so it is safe wherever a count may be stale: right after the change in
 * the request (so the caller sees it), again when the change's event is read back ({@link
 * CounterEvents}; that repairs a crash between the change and the first recount), after an erasure,
 * and for everything on demand ({@link CountersEndpoint}).
 *
 * <p>Concurrent recounts of one document: each first takes a ticket from the document
 * ({@code counterTicket}, incremented atomically) and then counts, and its result is written only if
 * no recount with a later ticket was written already. A recount that took its ticket after the last
 * change reads that change, so the latest-ticket result, which is the one that stays, is never older
 * than the last change.
 */
@Service
public class Counters {

    static final String PROBLEMS = "problems";
    static final String SOLUTIONS = "solutions";
    private static final String VOTES = "votes";
    private static final String REPLIES = "replies";
    private static final String TRIALS = "trials";
    private static final List<String> OUTCOMES = List.of("WORKED", "PARTLY", "DID_NOT_WORK");
    private static final String TICKET = "counterTicket";
    private static final String COUNTED = "countedTicket";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;

    Counters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Recounts the problem's solutions and the helpful votes on them; no-op for an unknown problem. */
    public void problem(String problemId) {
        Long ticket = ticket(PROBLEMS, problemId);
        if (ticket == null) {
            return;
        }
        long solutions = collection(SOLUTIONS).countDocuments(Filters.eq("problemId", problemId));
        long helpful = collection(VOTES)
                .countDocuments(Filters.and(Filters.eq("problemId", problemId), Filters.eq("helpful", true)));
        write(
                PROBLEMS,
                problemId,
                ticket,
                Updates.combine(
                        Updates.set("solutionCount", (int) solutions), Updates.set("helpfulVotes", (int) helpful)));
        if (solutions > 0) {
            firstSolution(problemId);
        }
    }

    /** Recounts the solution's helpful votes, replies and reported outcomes; no-op for an unknown solution. */
    public void solution(String solutionId) {
        Long ticket = ticket(SOLUTIONS, solutionId);
        if (ticket == null) {
            return;
        }
        List<Bson> counts = new ArrayList<>();
        counts.add(Updates.set("helpfulVotes", (int) collection(VOTES)
                .countDocuments(Filters.and(Filters.eq("solutionId", solutionId), Filters.eq("helpful", true)))));
        counts.add(Updates.set(
                "replyCount", (int) collection(REPLIES).countDocuments(Filters.eq("solutionId", solutionId))));
        for (String outcome : OUTCOMES) {
            counts.add(Updates.set("outcomes." + outcome, (int) collection(TRIALS)
                    .countDocuments(
                            Filters.and(Filters.eq("solutionId", solutionId), Filters.eq("outcome", outcome)))));
        }
        write(SOLUTIONS, solutionId, ticket, Updates.combine(counts));
    }

    /** Recounts every problem and solution, in batches by id: for drift that already exists. */
    public Recounted all() {
        long solutions = each(SOLUTIONS, this::solution);
        long problems = each(PROBLEMS, this::problem);
        return new Recounted(problems, solutions);
    }

    /** How many documents a full recount visited. */
    public record Recounted(long problems, long solutions) {}

    private long each(String name, java.util.function.Consumer<String> recount) {
        long visited = 0;
        String after = null;
        while (true) {
            Bson filter = after == null ? new Document() : Filters.gt("_id", after);
            List<Document> batch = collection(name)
                    .find(filter)
                    .projection(Projections.include("_id"))
                    .sort(Sorts.ascending("_id"))
                    .limit(BATCH)
                    .into(new ArrayList<>());
            for (Document document : batch) {
                recount.accept(document.getString("_id"));
            }
            visited += batch.size();
            if (batch.size() < BATCH) {
                return visited;
            }
            after = batch.get(batch.size() - 1).getString("_id");
        }
    }

    /** When the first solution came is recorded once, from the earliest solution there is. */
    private void firstSolution(String problemId) {
        Document problem = collection(PROBLEMS)
                .find(Filters.and(Filters.eq("_id", problemId), Filters.exists("firstSolutionAt", false)))
                .projection(Projections.include("postedAt"))
                .first();
        if (problem == null) {
            return;
        }
        Document first = collection(SOLUTIONS)
                .find(Filters.eq("problemId", problemId))
                .sort(Sorts.ascending("postedAt"))
                .projection(Projections.include("postedAt"))
                .first();
        if (first == null) {
            return;
        }
        Date at = first.getDate("postedAt");
        long minutes = Duration.between(problem.getDate("postedAt").toInstant(), at.toInstant())
                .toMinutes();
        collection(PROBLEMS)
                .updateOne(
                        Filters.and(Filters.eq("_id", problemId), Filters.exists("firstSolutionAt", false)),
                        Updates.combine(
                                Updates.set("firstSolutionAt", at), Updates.set("minutesToFirstSolution", minutes)));
    }

    private @Nullable Long ticket(String name, String id) {
        Document taken = collection(name)
                .findOneAndUpdate(
                        Filters.eq("_id", id),
                        Updates.inc(TICKET, 1L),
                        new FindOneAndUpdateOptions()
                                .projection(Projections.include(TICKET))
                                .returnDocument(ReturnDocument.AFTER));
        return taken == null ? null : ((Number) taken.get(TICKET)).longValue();
    }

    private void write(String name, String id, long ticket, Bson counts) {
        collection(name)
                .updateOne(
                        Filters.and(
                                Filters.eq("_id", id),
                                Filters.or(Filters.exists(COUNTED, false), Filters.lt(COUNTED, ticket))),
                        Updates.combine(counts, Updates.set(COUNTED, ticket)));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}

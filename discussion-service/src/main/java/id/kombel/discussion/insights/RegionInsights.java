package id.kombel.discussion.insights;

import id.kombel.membership.replica.Regions;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.ForbiddenException;
import id.kombel.platform.web.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * A region's problem solving over a period, for its admins: problems by category and status per
 * month, the solved rate, the median wait for a first solution, and how trials turned out. Read from
 * the problems and trials collections (indexes {@code region_posted}, {@code region_reported}); the
 * period's days are the region's.
 */
@Service
class RegionInsights {

    static final int MAX_DAYS = 366;

    private final MongoTemplate mongo;
    private final Regions regions;
    private final Clock clock;

    RegionInsights(MongoTemplate mongo, Regions regions, Clock clock) {
        this.mongo = mongo;
        this.regions = regions;
        this.clock = clock;
    }

    Insights compute(Caller caller, String regionId, @Nullable LocalDate since, @Nullable LocalDate until) {
        if (!caller.administers(regionId)) {
            throw new ForbiddenException(caller.memberId() + " does not administer region " + regionId);
        }
        ZoneId zone = regions.zoneOf(regionId);
        LocalDate to = until != null ? until : LocalDate.now(clock.withZone(zone));
        LocalDate from =
                since != null ? since : to.minusMonths(12).withDayOfMonth(1).plusMonths(1);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolationException("invalid-period", "period " + from + ".." + to, MAX_DAYS);
        }
        Date start = Date.from(from.atStartOfDay(zone).toInstant());
        Date end = Date.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Criteria posted = Criteria.where("regionId")
                .is(regionId)
                .and("postedAt")
                .gte(start)
                .lt(end);

        Map<String, Period> periods = new TreeMap<>();
        Period all = new Period("all");
        for (Document group : mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(posted),
                                Aggregation.group("postedMonth", "category", "status")
                                        .count()
                                        .as("count")),
                        "problems",
                        Document.class)
                .getMappedResults()) {
            Document key = group.get("_id") instanceof Document id ? id : group;
            int count = ((Number) group.get("count")).intValue();
            String month = key.getString("postedMonth");
            periods.computeIfAbsent(month, Period::new).add(key.getString("category"), key.getString("status"), count);
            all.add(key.getString("category"), key.getString("status"), count);
        }
        double solvedRate = all.total == 0 ? 0 : (double) all.byStatus.getOrDefault("SOLVED", 0) / all.total;
        return new Insights(
                regionId,
                from,
                to,
                all.total,
                all.byCategory,
                all.byStatus,
                new ArrayList<>(periods.values()),
                solvedRate,
                medianMinutesToFirstSolution(posted),
                trials(regionId, start, end));
    }

    /** The middle value (the mean of the two middle ones) of the waits, read by index order, not all at once. */
    private @Nullable Double medianMinutesToFirstSolution(Criteria posted) {
        Criteria answered = new Criteria()
                .andOperator(posted, Criteria.where("minutesToFirstSolution").exists(true));
        long count = mongo.count(new Query(answered), "problems");
        if (count == 0) {
            return null;
        }
        double lower = nth(answered, (count - 1) / 2);
        double upper = nth(answered, count / 2);
        return (lower + upper) / 2;
    }

    private double nth(Criteria answered, long n) {
        Query query = new Query(answered)
                .with(Sort.by("minutesToFirstSolution"))
                .skip(n)
                .limit(1);
        query.fields().include("minutesToFirstSolution");
        Document found = mongo.findOne(query, Document.class, "problems");
        return found == null ? 0 : ((Number) found.get("minutesToFirstSolution")).doubleValue();
    }

    private TrialOutcomes trials(String regionId, Date start, Date end) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List.of("WORKED", "PARTLY", "DID_NOT_WORK").forEach(outcome -> outcomes.put(outcome, 0));
        int reported = 0;
        for (Document group : mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(Criteria.where("regionId")
                                        .is(regionId)
                                        .and("reportedAt")
                                        .gte(start)
                                        .lt(end)),
                                Aggregation.group("outcome").count().as("count")),
                        "trials",
                        Document.class)
                .getMappedResults()) {
            int count = ((Number) group.get("count")).intValue();
            outcomes.merge(String.valueOf(group.get("_id")), count, Integer::sum);
            reported += count;
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> outcome : outcomes.entrySet()) {
            rates.put(outcome.getKey(), reported == 0 ? 0 : (double) outcome.getValue() / reported);
        }
        return new TrialOutcomes(reported, outcomes, rates);
    }

    record Insights(
            String regionId,
            LocalDate from,
            LocalDate to,
            int problems,
            Map<String, Integer> byCategory,
            Map<String, Integer> byStatus,
            List<Period> periods,
            double solvedRate,
            @Nullable Double medianMinutesToFirstSolution,
            TrialOutcomes trials) {}

    /** ProblemAccess posted in one month (yyyy-MM in the region's zone). */
    static final class Period {
        public final String period;
        public int total;
        public final Map<String, Integer> byCategory = new TreeMap<>();
        public final Map<String, Integer> byStatus = new TreeMap<>();

        Period(String period) {
            this.period = period;
        }

        void add(String category, String status, int count) {
            total += count;
            byCategory.merge(category, count, Integer::sum);
            byStatus.merge(status, count, Integer::sum);
        }
    }

    record TrialOutcomes(int reported, Map<String, Integer> outcomes, Map<String, Double> rates) {}
}

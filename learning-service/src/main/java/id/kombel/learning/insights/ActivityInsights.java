package id.kombel.learning.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The region's activities per month: how many were held (completed), how many attendees were credited
 * and how many learning hours (JP). Months are those the activities took place in, in the region's
 * time zone. Grouped in the store, so the answer costs one row per month.
 */
@Component
class ActivityInsights implements RegionInsightsPart {

    @Override
    public String name() {
        return "activities";
    }

    private final MongoTemplate mongo;

    ActivityInsights(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Object compute(String regionId, LocalDate from, LocalDate to) {
        Map<String, long[]> months = new TreeMap<>();
        for (Document held : group(
                "activities",
                Criteria.where("regionId").is(regionId).and("status").is("COMPLETED"),
                from,
                to,
                false)) {
            months.computeIfAbsent(monthOf(held.getString("_id")), m -> new long[3])[0] += number(held, "count");
        }
        for (Document credited : group(
                "registrations",
                Criteria.where("regionId").is(regionId).and("credited").is(true),
                from,
                to,
                true)) {
            long[] month = months.computeIfAbsent(monthOf(credited.getString("_id")), m -> new long[3]);
            month[1] += number(credited, "count");
            month[2] += number(credited, "jp");
        }
        List<Month> perMonth = months.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        return new Summary(
                perMonth.stream().mapToLong(Month::activitiesHeld).sum(),
                perMonth.stream().mapToLong(Month::attendees).sum(),
                perMonth.stream().mapToLong(Month::jpCredited).sum(),
                perMonth);
    }

    /** Totals of the period and each month's figures (months without any are left out). */
    record Summary(long activitiesHeld, long attendees, long jpCredited, List<Month> months) {}

    record Month(String month, long activitiesHeld, long attendees, long jpCredited) {}

    private List<Document> group(String collection, Criteria filter, LocalDate from, LocalDate to, boolean withJp) {
        Criteria inPeriod = filter.and("heldOn").gte(from.toString()).lte(to.toString());
        var group = Aggregation.group("heldOn").count().as("count");
        if (withJp) {
            group = group.sum("creditedJp").as("jp");
        }
        return mongo.aggregate(
                        Aggregation.newAggregation(Aggregation.match(inPeriod), group), collection, Document.class)
                .getMappedResults();
    }

    private static String monthOf(String day) {
        return day.substring(0, 7);
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}

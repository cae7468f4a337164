package id.kombel.learning.record;

import id.kombel.learning.registration.Registration;
import id.kombel.platform.security.Caller;
import id.kombel.platform.web.CursorPage;
import id.kombel.platform.web.Keyset;
import id.kombel.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Reads a member's learning record from their credited registrations. The sums are grouped by month
 * in the store (so a long career costs one small result per month), then folded into semesters and
 * years here.
 */
@Service
class LearningRecords {

    private final MongoTemplate mongo;

    LearningRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    LearningRecord of(Caller caller) {
        Criteria credited = credited(caller.memberId());
        List<LearningRecord.Period> months = new ArrayList<>();
        for (Document month : mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(credited),
                                Aggregation.group("heldMonth")
                                        .sum("creditedJp")
                                        .as("jp")
                                        .sum("creditedMinutes")
                                        .as("minutes")
                                        .count()
                                        .as("activities")),
                        Registration.COLLECTION,
                        Document.class)
                .getMappedResults()) {
            months.add(new LearningRecord.Period(
                    month.getString("_id"),
                    number(month, "jp"),
                    number(month, "minutes"),
                    number(month, "activities")));
        }
        months.sort(Comparator.comparing(LearningRecord.Period::period));
        List<LearningRecord.Competency> competencies = new ArrayList<>();
        for (Document competency : mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(credited),
                                Aggregation.unwind("competencies"),
                                Aggregation.group("competencies")
                                        .count()
                                        .as("activities")
                                        .sum("creditedJp")
                                        .as("jp")),
                        Registration.COLLECTION,
                        Document.class)
                .getMappedResults()) {
            competencies.add(new LearningRecord.Competency(
                    competency.getString("_id"), number(competency, "activities"), number(competency, "jp")));
        }
        competencies.sort(Comparator.comparing(LearningRecord.Competency::activities)
                .reversed()
                .thenComparing(LearningRecord.Competency::name));
        return new LearningRecord(
                caller.memberId(),
                new LearningRecord.Totals(
                        months.stream().mapToInt(LearningRecord.Period::jp).sum(),
                        months.stream().mapToInt(LearningRecord.Period::minutes).sum(),
                        months.stream()
                                .mapToInt(LearningRecord.Period::activities)
                                .sum()),
                months,
                fold(months, LearningRecords::semesterOf),
                fold(months, month -> month.substring(0, 4)),
                competencies);
    }

    /** The member's credited activities, latest first. */
    CursorPage<Registration> activities(Caller caller, PageRequest page) {
        return Keyset.page(
                mongo,
                credited(caller.memberId()),
                "heldOn",
                Sort.Direction.DESC,
                page,
                Registration.class,
                registration -> Keyset.orEmpty(registration.heldOn()),
                Registration::id);
    }

    /** {@code 2026-08} is in semester 1 of 2026/2027, {@code 2027-02} in semester 2 of it. */
    static String semesterOf(String month) {
        int year = Integer.parseInt(month.substring(0, 4));
        int monthOfYear = Integer.parseInt(month.substring(5, 7));
        return monthOfYear >= 7 ? "%d/%d-1".formatted(year, year + 1) : "%d/%d-2".formatted(year - 1, year);
    }

    private static List<LearningRecord.Period> fold(
            List<LearningRecord.Period> months, Function<String, String> periodOf) {
        Map<String, int[]> sums = new TreeMap<>();
        for (LearningRecord.Period month : months) {
            int[] sum = sums.computeIfAbsent(periodOf.apply(month.period()), p -> new int[3]);
            sum[0] += month.jp();
            sum[1] += month.minutes();
            sum[2] += month.activities();
        }
        return sums.entrySet().stream()
                .map(e -> new LearningRecord.Period(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    private static Criteria credited(String memberId) {
        return Criteria.where("memberId").is(memberId).and("credited").is(true);
    }

    private static int number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.intValue() : 0;
    }
}

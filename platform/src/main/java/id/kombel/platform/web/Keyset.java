package id.kombel.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset (seek) pagination over MongoDB, the one way lists are paged: sorted by one field and then
 * {@code _id} as a tie-breaker, continued with a cursor that holds the last item's sort value and id.
 * Cost stays flat however deep a client pages, where skip/offset would grow with the page number;
 * declare an index on (filter fields..., sort field, _id) for every list.
 *
 * <p>The cursor is opaque to clients (base64url of a small document); a cursor that was not issued
 * here, or whose value is not a plain string, number or date, is a 400, never a query fragment.
 */
public final class Keyset {

    private Keyset() {}

    /**
     * One page of {@code type} matching {@code filter}, ordered by {@code sortField} in {@code
     * direction} then by id.
     *
     * @param sortValue reads the sort field's value from an item (must not be null)
     * @param id reads the item's id
     */
    public static <T> CursorPage<T> page(
            MongoTemplate mongo,
            Criteria filter,
            String sortField,
            Sort.Direction direction,
            PageRequest page,
            Class<T> type,
            Function<T, Object> sortValue,
            Function<T, String> id) {
        Query query = new Query(filter);
        if (page.cursor() != null) {
            Position after = decode(page.cursor());
            Criteria beyond = direction.isDescending()
                    ? new Criteria()
                            .orOperator(
                                    Criteria.where(sortField).lt(after.value()),
                                    new Criteria()
                                            .andOperator(
                                                    Criteria.where(sortField).is(after.value()),
                                                    Criteria.where("_id").lt(after.id())))
                    : new Criteria()
                            .orOperator(
                                    Criteria.where(sortField).gt(after.value()),
                                    new Criteria()
                                            .andOperator(
                                                    Criteria.where(sortField).is(after.value()),
                                                    Criteria.where("_id").gt(after.id())));
            query = new Query(new Criteria().andOperator(filter, beyond));
        }
        query.with(Sort.by(direction, sortField).and(Sort.by(direction, "_id")));
        query.limit(page.limit() + 1);
        List<T> found = new ArrayList<>(mongo.find(query, type));
        if (found.size() <= page.limit()) {
            return new CursorPage<>(found, null);
        }
        List<T> items = found.subList(0, page.limit());
        T last = items.get(items.size() - 1);
        return new CursorPage<>(List.copyOf(items), encode(sortValue.apply(last), id.apply(last)));
    }

    static String encode(Object value, String id) {
        Object stored = value instanceof java.time.Instant instant ? Date.from(instant) : value;
        String json = new Document("v", stored).append("i", id).toJson();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static Position decode(String cursor) {
        try {
            Document position =
                    Document.parse(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            Object value = position.get("v");
            Object id = position.get("i");
            if (!(id instanceof String)
                    || !(value instanceof String || value instanceof Number || value instanceof Date)) {
                throw new InvalidPageRequestException("cursor with unexpected content");
            }
            return new Position(value, (String) id);
        } catch (IllegalArgumentException | JsonParseException e) {
            throw new InvalidPageRequestException("malformed cursor");
        }
    }

    record Position(Object value, String id) {}

    /** For lists whose items are sorted by a nullable value: the value to sort and page by. */
    public static Object orEmpty(@Nullable Object value) {
        return value == null ? "" : value;
    }
}

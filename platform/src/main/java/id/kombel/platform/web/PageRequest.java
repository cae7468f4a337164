package id.kombel.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * What a client asks of a list: where to continue ({@code cursor}, opaque, from the previous page's
 * {@code next}) and how many items at most ({@code limit}, 1 to {@link #MAX_LIMIT}, default
 * {@link #DEFAULT_LIMIT}). Bind it from {@code ?cursor=&limit=} with {@link #of}.
 */
public record PageRequest(@Nullable String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidPageRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && (cursor.isBlank() || cursor.length() > 512)) {
            throw new InvalidPageRequestException("malformed cursor");
        }
    }

    public static PageRequest of(@Nullable String cursor, @Nullable Integer limit) {
        return new PageRequest(cursor, limit == null ? DEFAULT_LIMIT : limit);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}

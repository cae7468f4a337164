package id.kombel.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list. {@code next} is an opaque cursor for the following page, absent on the last
 * page; clients pass it back unchanged as {@code ?cursor=}.
 */
public record CursorPage<T>(List<T> items, @Nullable String next) {

    public static <T> CursorPage<T> last(List<T> items) {
        return new CursorPage<>(List.copyOf(items), null);
    }
}

package id.kombel.learning.resource;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;

/** What a catalog query asks for: keywords and facets, all combined. */
record ResourceFilter(
        @Nullable String keywords,
        @Nullable ResourcePlatform platform,
        @Nullable ResourceKind kind,
        @Nullable String subject,
        @Nullable Level level,
        @Nullable String tag) {

    /** Served by {@code audience_shared}, or {@code audience_keys_shared} once any key is asked for. */
    Criteria criteria(List<String> audiences) {
        Criteria criteria = Criteria.where("audience").in(audiences);
        List<String> keys = new ArrayList<>();
        if (platform != null) {
            keys.add(SearchKeys.platform(platform));
        }
        if (kind != null) {
            keys.add(SearchKeys.kind(kind));
        }
        if (level != null) {
            keys.add(SearchKeys.level(level));
        }
        if (subject != null && !subject.isBlank()) {
            keys.add(SearchKeys.subject(subject));
        }
        if (tag != null && !tag.isBlank()) {
            keys.add(SearchKeys.tag(tag));
        }
        if (keywords != null) {
            keys.addAll(SearchKeys.wordKeys(keywords));
        }
        return keys.isEmpty() ? criteria : criteria.and("searchKeys").all(keys);
    }
}

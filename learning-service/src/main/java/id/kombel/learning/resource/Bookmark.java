package id.kombel.learning.resource;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's bookmark of a resource (id {@code <memberId>:<resourceId>}): their own reading list. */
@Document(Bookmark.COLLECTION)
@CompoundIndex(name = "member_bookmarked", def = "{'memberId': 1, 'bookmarkedAt': -1, '_id': -1}")
@CompoundIndex(name = "region_bookmarked", def = "{'regionId': 1, 'bookmarkedAt': 1}")
record Bookmark(
        @Id String id,
        String memberId,
        String resourceId,
        String regionId,
        ResourcePlatform platform,
        Instant bookmarkedAt) {

    static final String COLLECTION = "resource_bookmarks";

    static String idOf(String memberId, String resourceId) {
        return memberId + ":" + resourceId;
    }
}

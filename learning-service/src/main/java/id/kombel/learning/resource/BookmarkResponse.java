package id.kombel.learning.resource;

import java.time.Instant;

/** One of the caller's bookmarks, with the resource as it is now. */
record BookmarkResponse(
        String resourceId,
        String communityId,
        String title,
        String url,
        ResourcePlatform platform,
        ResourceKind kind,
        Instant bookmarkedAt) {

    static BookmarkResponse of(Bookmark bookmark, Resource resource) {
        return new BookmarkResponse(
                resource.id(),
                resource.communityId(),
                resource.title(),
                resource.url(),
                resource.platform(),
                resource.kind(),
                bookmark.bookmarkedAt());
    }
}

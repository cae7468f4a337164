package id.kombel.membership.community;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;

/** What a community list asks for: a status (active by default), a region, facets and keywords. */
record CommunityFilter(
        CommunityStatus status,
        @Nullable String regionId,
        @Nullable CommunityType type,
        @Nullable String subject,
        @Nullable EducationLevel level,
        @Nullable String keywords) {

    /** Served by one of {@link Community}'s four list indexes, whatever the combination. */
    Criteria criteria() {
        Criteria criteria = Criteria.where("status").is(status);
        if (regionId != null) {
            criteria = criteria.and("regionId").is(regionId);
        }
        List<String> keys = new ArrayList<>();
        if (type != null) {
            keys.add(SearchKeys.type(type));
        }
        if (level != null) {
            keys.add(SearchKeys.level(level));
        }
        if (subject != null && !subject.isBlank()) {
            keys.add(SearchKeys.subject(subject));
        }
        if (keywords != null) {
            keys.addAll(SearchKeys.keywords(keywords));
        }
        return keys.isEmpty() ? criteria : criteria.and("searchKeys").all(keys);
    }

    /** Proposed and rejected communities are listed only to the admins of their region. */
    boolean isPrivate() {
        return status == CommunityStatus.PROPOSED || status == CommunityStatus.REJECTED;
    }
}

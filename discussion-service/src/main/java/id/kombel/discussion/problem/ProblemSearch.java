package id.kombel.discussion.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A search in one community: filters and keywords all combine, in one of three orders. */
record ProblemSearch(
        @Nullable String keywords,
        @Nullable Category category,
        @Nullable ProblemStatus status,
        @Nullable String subject,
        @Nullable SchoolLevel level,
        @Nullable String tag,
        Sort sort) {

    enum Sort {
        NEWEST,
        UNANSWERED,
        MOST_HELPFUL
    }

    List<String> keys() {
        return SearchKeys.query(status, category, level, subject, tag, keywords);
    }
}

package id.kombel.membership.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns validated request fields into tidy details: trimmed, without duplicate subjects or levels. */
final class CommunityRequests {

    private CommunityRequests() {}

    static CommunityDetails details(
            String name,
            @Nullable String description,
            @Nullable List<String> subjects,
            List<EducationLevel> levels,
            JoinPolicy joinPolicy,
            MeetingRequest meeting) {
        return new CommunityDetails(
                name.strip(),
                description == null ? "" : description.strip(),
                distinctSubjects(subjects == null ? List.of() : subjects),
                levels.stream().distinct().toList(),
                joinPolicy,
                meeting.toMeeting());
    }

    /** "Matematika" and "matematika " are one subject; the first spelling is kept. */
    private static List<String> distinctSubjects(List<String> subjects) {
        Map<String, String> byKey = new LinkedHashMap<>();
        subjects.forEach(subject -> byKey.putIfAbsent(SearchKeys.normalize(subject), subject.strip()));
        return List.copyOf(byKey.values());
    }
}

package id.kombel.membership.member;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a member tells about themselves, and who may see it. A value: normalized on construction
 * (trimmed, de-duplicated, levels in a fixed order) so that two equal profiles compare equal and an
 * update that changes nothing is recognised as such.
 */
record Profile(
        String name,
        @Nullable String school,
        List<String> subjects,
        List<Level> levels,
        @Nullable EducatorType educatorType,
        Map<DigitalPlatform, Integer> digitalSkills,
        Privacy privacy) {

    Profile {
        name = name.strip();
        school = school == null || school.isBlank() ? null : school.strip();
        subjects = distinctSubjects(subjects);
        levels = List.copyOf(levels.isEmpty() ? EnumSet.noneOf(Level.class) : EnumSet.copyOf(levels));
        digitalSkills = Map.copyOf(digitalSkills);
    }

    static Profile atRegistration(
            String name,
            @Nullable String school,
            List<String> subjects,
            List<Level> levels,
            @Nullable EducatorType educatorType) {
        return new Profile(name, school, subjects, levels, educatorType, Map.of(), Privacy.DEFAULT);
    }

    /** What other services may show about the member: only what the member shares with communities. */
    SharedProfile shared() {
        return new SharedProfile(
                name,
                educatorType,
                privacy.levels() == Visibility.COMMUNITY ? levels : null,
                privacy.subjects() == Visibility.COMMUNITY ? subjects : null);
    }

    /** Subjects as typed, without blanks and without repeating one in another case. */
    private static List<String> distinctSubjects(List<String> subjects) {
        Set<String> seen = new HashSet<>();
        List<String> distinct = new ArrayList<>();
        for (String subject : subjects) {
            String trimmed = subject.strip();
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                distinct.add(trimmed);
            }
        }
        return List.copyOf(distinct);
    }

    /** The part of a profile that leaves this service in events. */
    record SharedProfile(
            String name,
            @Nullable EducatorType educatorType,
            @Nullable List<Level> levels,
            @Nullable List<String> subjects) {}
}

package id.kombel.membership.member;

import id.kombel.platform.security.Role;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A member's own view of their account and profile. */
record ProfileResponse(
        String id,
        String email,
        String name,
        @Nullable String regionId,
        @Nullable String school,
        List<String> subjects,
        List<Level> levels,
        @Nullable EducatorType educatorType,
        Map<DigitalPlatform, Integer> digitalSkills,
        Privacy privacy,
        Set<Role> roles,
        Set<String> adminRegions,
        Instant registeredAt,
        long version) {

    static ProfileResponse of(Member member) {
        Profile profile = member.profile();
        return new ProfileResponse(
                member.id(),
                member.email(),
                profile.name(),
                member.regionId(),
                profile.school(),
                profile.subjects(),
                profile.levels(),
                profile.educatorType(),
                skills(profile),
                profile.privacy(),
                member.roles(),
                new TreeSet<>(member.adminRegions()),
                member.registeredAt(),
                member.version());
    }

    static Map<DigitalPlatform, Integer> skills(Profile profile) {
        Map<DigitalPlatform, Integer> ordered = new EnumMap<>(DigitalPlatform.class);
        ordered.putAll(profile.digitalSkills());
        return ordered;
    }
}

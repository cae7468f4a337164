package id.kombel.membership.member;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A member as a peer sees them: the private parts are left out (absent from the JSON). */
record PeerProfileResponse(
        String id,
        String name,
        @Nullable String regionId,
        @Nullable EducatorType educatorType,
        @Nullable String school,
        @Nullable List<String> subjects,
        @Nullable List<Level> levels,
        @Nullable Map<DigitalPlatform, Integer> digitalSkills) {

    /** What the member shares with their communities. */
    static PeerProfileResponse sharedBy(Member member) {
        Profile profile = member.profile();
        Privacy privacy = profile.privacy();
        return new PeerProfileResponse(
                member.id(),
                profile.name(),
                member.regionId(),
                profile.educatorType(),
                privacy.school() == Visibility.COMMUNITY ? profile.school() : null,
                privacy.subjects() == Visibility.COMMUNITY ? profile.subjects() : null,
                privacy.levels() == Visibility.COMMUNITY ? profile.levels() : null,
                privacy.digitalSkills() == Visibility.COMMUNITY ? ProfileResponse.skills(profile) : null);
    }
}

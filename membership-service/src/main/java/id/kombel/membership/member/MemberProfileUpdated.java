package id.kombel.membership.member;

import id.kombel.platform.events.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of a member's profile other services may display changed; carries that part in full.
 * {@code levels} and {@code subjects} are absent while the member keeps them private: consumers drop
 * what they held.
 */
@EventType("MemberProfileUpdated")
public record MemberProfileUpdated(
        String memberId,
        @Nullable String regionId,
        String name,
        @Nullable EducatorType educatorType,
        @Nullable List<Level> levels,
        @Nullable List<String> subjects) {}

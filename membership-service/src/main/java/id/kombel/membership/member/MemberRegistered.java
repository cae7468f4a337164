package id.kombel.membership.member;

import id.kombel.platform.events.EventType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone joined the platform. Carries what peers may see of a new member (subjects and levels are
 * shared by default); never the email or anything about the credential. {@code regionId} and
 * {@code educatorType} are absent only for the platform admin bootstrapped from configuration.
 */
@EventType("MemberRegistered")
public record MemberRegistered(
        String memberId,
        @Nullable String regionId,
        String name,
        @Nullable EducatorType educatorType,
        List<Level> levels,
        List<String> subjects) {}

package id.kombel.discussion.problem;

import id.kombel.membership.replica.CommunityRole;
import id.kombel.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * A problem as the other features of this service see it once the caller was authorized for it,
 * with the caller's role in its community. It knows the anonymity rule for everything posted on the
 * problem: the anonymous author's id is shown only to themselves and to the community's leads.
 */
public record ProblemView(
        String id,
        String communityId,
        String regionId,
        String authorId,
        boolean anonymous,
        String title,
        ProblemStatus status,
        boolean locked,
        boolean hidden,
        @Nullable String acceptedSolutionId,
        @Nullable CommunityRole callerRole) {

    static ProblemView of(Problem problem, @Nullable CommunityRole role) {
        return new ProblemView(
                problem.id(),
                problem.communityId(),
                problem.regionId(),
                problem.authorId(),
                problem.anonymous(),
                problem.title(),
                problem.status(),
                problem.locked(),
                problem.hidden(),
                problem.acceptedSolutionId(),
                role);
    }

    public boolean callerLeads() {
        return callerRole != null && callerRole.isLeader();
    }

    /** Whether {@code contributorId} is this problem's author hiding behind anonymity. */
    public boolean isAnonymousAuthor(String contributorId) {
        return anonymous && authorId.equals(contributorId);
    }

    /**
     * The id to show the caller for something {@code contributorId} posted on this problem: null
     * when it is the anonymous author and the caller is neither they nor a lead.
     */
    public @Nullable String visibleAuthor(String contributorId, Caller caller) {
        return isAnonymousAuthor(contributorId) && !caller.is(contributorId) && !callerLeads() ? null : contributorId;
    }
}

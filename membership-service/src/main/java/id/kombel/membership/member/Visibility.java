package id.kombel.membership.member;

/** Who may see a part of a member's profile besides the member. */
public enum Visibility {
    /** Only the member. */
    PRIVATE,
    /** The member's communities (for now: every signed-in member, see {@link MemberService#peerView}). */
    COMMUNITY
}

package id.kombel.membership.community;

/** How teachers come into a community. */
public enum JoinPolicy {
    /** Any member joins at once. */
    OPEN,
    /** Members ask to join; a lead or co-lead approves or declines. */
    APPROVAL,
    /** Only those a lead or co-lead invites can join. */
    INVITE
}

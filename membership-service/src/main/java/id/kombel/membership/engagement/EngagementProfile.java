package id.kombel.membership.engagement;

/**
 * A member's engagement as they, or a co-member they share it with, see it. No rank and no comparison
 * with others: only the member's own consistency and what their help meant to others.
 *
 * @param streak consecutive weeks with participation, up to this week
 * @param learning credited learning hours, in JP ("jam pelajaran", 45 minutes) and in hours
 * @param solutions solutions the member proposed, and how many of them were accepted
 * @param appreciationReceived appreciation others gave the member's problems, solutions and outcomes
 * @param shared whether the member shares this with their communities
 */
record EngagementProfile(
        String memberId,
        Streak streak,
        Learning learning,
        Solutions solutions,
        long appreciationReceived,
        boolean shared) {

    /** Minutes in one JP, the unit teachers' professional development is credited in. */
    static final int MINUTES_PER_JP = 45;

    record Learning(long jp, double hours) {

        static Learning ofJp(long jp) {
            return new Learning(jp, Math.round(jp * MINUTES_PER_JP / 60.0 * 100) / 100.0);
        }
    }

    record Solutions(long given, long accepted) {}
}

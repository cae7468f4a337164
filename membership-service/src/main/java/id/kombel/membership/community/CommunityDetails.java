package id.kombel.membership.community;

import java.util.List;

/** What a community's leads describe and may change later: everything but its region and type. */
record CommunityDetails(
        String name,
        String description,
        List<String> subjects,
        List<EducationLevel> levels,
        JoinPolicy joinPolicy,
        RoutineMeeting meeting) {

    CommunityDetails {
        subjects = List.copyOf(subjects);
        levels = List.copyOf(levels);
    }
}

package id.kombel.membership.member;

import jakarta.validation.constraints.NotNull;

/**
 * Who sees each optional part of a profile. Name, region and educator type are always visible: peers
 * need them to know whom they are talking to.
 */
record Privacy(
        @NotNull Visibility school,
        @NotNull Visibility subjects,
        @NotNull Visibility levels,
        @NotNull Visibility digitalSkills) {

    /**
     * What a new member shares: school, subjects and levels are what communities form around; a
     * self-assessment of digital skills is personal until the member chooses to share it.
     */
    static final Privacy DEFAULT =
            new Privacy(Visibility.COMMUNITY, Visibility.COMMUNITY, Visibility.COMMUNITY, Visibility.PRIVATE);
}

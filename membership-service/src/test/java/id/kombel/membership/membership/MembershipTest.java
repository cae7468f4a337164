package id.kombel.membership.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kombel.membership.community.CommunityRole;
import id.kombel.platform.web.ApiException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One membership's states and what moves it between them, without Spring. */
class MembershipTest {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    static Membership activeMember() {
        Membership membership = Membership.none("c-1", "m-1");
        membership.join(NOW);
        return membership;
    }

    @Test
    void aMemberWhoLeftMayJoinAgainButARemovedOneOnlyByInvitation() {
        Membership membership = activeMember();
        membership.leave(NOW);
        membership.join(NOW);
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);

        membership.remove("lead", NOW);

        assertThatThrownBy(() -> membership.join(NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("invitation-required"));
        assertThatThrownBy(() -> membership.request(NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("invitation-required"));
        membership.invite(CommunityRole.MEMBER, "lead", NOW);
        membership.accept(CommunityRole.MEMBER, NOW);
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void theLeadNeitherLeavesNorIsRemoved() {
        Membership lead = Membership.founder("c-1", "lead", NOW);

        assertThatThrownBy(() -> lead.leave(NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("lead-must-hand-over"));
        assertThatThrownBy(() -> lead.remove("co-lead", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("lead-must-hand-over"));
        assertThat(lead.role()).isEqualTo(CommunityRole.LEAD);
    }

    @Test
    void aRoleChangeKeepsTheDateOfTheStatus() {
        Membership membership = activeMember();

        assertThat(membership.assumeRole(CommunityRole.CO_LEAD, "lead")).isTrue();
        assertThat(membership.assumeRole(CommunityRole.CO_LEAD, "lead")).isFalse();

        assertThat(membership.since()).isEqualTo(NOW);
        assertThat(membership.role()).isEqualTo(CommunityRole.CO_LEAD);
    }

    @Test
    void pendingRequestsAndInvitationsBlockNewOnes() {
        Membership requested = Membership.none("c-1", "m-1");
        requested.request(NOW);

        assertThatThrownBy(() -> requested.invite(CommunityRole.MEMBER, "lead", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("request-pending"));
        assertThatThrownBy(() -> requested.accept(CommunityRole.MEMBER, NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("no-pending-invitation"));
        requested.decline("lead", NOW);
        assertThatThrownBy(() -> requested.decline("lead", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("nothing-pending"));
    }
}

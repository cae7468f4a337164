package id.kombel.membership.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kombel.platform.web.ApiException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The community's own rules, without Spring. */
class CommunityTest {

    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    static CommunityDetails smpMathematics() {
        return new CommunityDetails(
                "MGMP Matematika SMP",
                "Berbagi praktik baik",
                List.of("Matematika"),
                List.of(EducationLevel.SMP),
                JoinPolicy.APPROVAL,
                new RoutineMeeting(MeetingFrequency.WEEKLY, DayOfWeek.THURSDAY, LocalTime.of(15, 30)));
    }

    static Community proposedBy(String lead) {
        return Community.propose("c-1", "kota-jayapura", CommunityType.CROSS_SCHOOL, smpMathematics(), lead, NOW);
    }

    @Test
    void isVerifiedOnlyWithTwoCoLeads() {
        Community community = proposedBy("lead");
        community.appointCoLead("co-1");

        assertThatThrownBy(() -> community.verify("admin", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("co-leads-required"));
        community.appointCoLead("co-2");
        community.verify("admin", NOW);

        assertThat(community.status()).isEqualTo(CommunityStatus.ACTIVE);
    }

    @Test
    void aHandOverSwapsTheLeadWithTheNewLeadsSeat() {
        Community community = proposedBy("lead");
        community.appointCoLead("co-1");
        community.appointCoLead("co-2");

        assertThat(community.handOverLead("co-1")).isTrue();

        assertThat(community.leadId()).isEqualTo("co-1");
        assertThat(community.coLeadIds()).containsExactly("lead", "co-2");
        assertThat(community.handOverLead("member")).isTrue();
        assertThat(community.leadId()).isEqualTo("member");
        assertThat(community.coLeadIds()).containsExactly("lead", "co-2");
        assertThat(community.roleOf("co-1")).isEqualTo(CommunityRole.MEMBER);
    }

    @Test
    void keepsItsLeadershipSmallAndTheLeadInPlace() {
        Community community = proposedBy("lead");
        for (int i = 1; i <= Community.MAX_CO_LEADS; i++) {
            community.appointCoLead("co-" + i);
        }

        assertThat(community.appointCoLead("co-1")).as("already a co-lead").isFalse();
        assertThatThrownBy(() -> community.appointCoLead("one-too-many"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("co-lead-limit"));
        assertThatThrownBy(() -> community.releaseCoLead("lead"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("lead-must-hand-over"));
        assertThatThrownBy(() -> community.appointCoLead("lead"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("lead-must-hand-over"));
    }

    @Test
    void anUnchangedUpdateRaisesNothingAndAnEndedCommunityChangesNoMore() {
        Community community = proposedBy("lead");

        assertThat(community.update(smpMathematics(), NOW)).isFalse();
        community.reject("admin", "Sudah ada", NOW);

        assertThatThrownBy(() -> community.update(smpMathematics(), NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("community-ended"));
        assertThatThrownBy(() -> community.archive("lead", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("community-ended"));
        assertThatThrownBy(() -> community.verify("admin", NOW))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo("community-not-proposed"));
    }

    @Test
    void searchKeysAreLowerCaseAccentFreePrefixes() {
        assertThat(SearchKeys.normalize("  Guru  Matématika, SMP-Négeri 1 ")).isEqualTo("guru matematika smp negeri 1");
        assertThat(SearchKeys.of(
                        "Kombel Ceria", CommunityType.SCHOOL, List.of("Seni Budaya"), List.of(EducationLevel.PAUD)))
                .containsExactly(
                        "type:SCHOOL",
                        "level:PAUD",
                        "subject:seni budaya",
                        "name:k",
                        "name:ko",
                        "name:kom",
                        "name:komb",
                        "name:kombe",
                        "name:kombel",
                        "name:c",
                        "name:ce",
                        "name:cer",
                        "name:ceri",
                        "name:ceria");
        assertThat(SearchKeys.keywords("Matemátika  SMP")).containsExactly("name:matematika", "name:smp");
    }
}

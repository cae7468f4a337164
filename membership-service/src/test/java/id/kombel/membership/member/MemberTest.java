package id.kombel.membership.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kombel.platform.events.RaisedEvents;
import id.kombel.platform.security.Role;
import id.kombel.platform.web.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void registrationRaisesMemberRegisteredWithTheSharedProfileOnly() {
        Member member = mathematicsTeacher();

        assertThat(RaisedEvents.of(member))
                .containsExactly(new MemberRegistered(
                        "m-1",
                        "kota-bandung",
                        "Siti",
                        EducatorType.PENDIDIK,
                        List.of(Level.SD, Level.SMP),
                        List.of("Matematika")));
    }

    @Test
    void changingOnlyPrivatePartsRaisesNothingButStillChangesTheProfile() {
        Member member = stored(mathematicsTeacher());
        Profile before = member.profile();

        boolean changed = member.updateProfile(new Profile(
                "Siti",
                "SMP Negeri 1",
                List.of("Matematika"),
                List.of(Level.SMP, Level.SD),
                EducatorType.PENDIDIK,
                Map.of(DigitalPlatform.IPUSNAS, 2),
                Privacy.DEFAULT));

        assertThat(changed).isTrue();
        assertThat(member.profile()).isNotEqualTo(before);
        assertThat(RaisedEvents.of(member)).isEmpty();
    }

    @Test
    void anIdenticalProfileIsNoChange() {
        Member member = stored(mathematicsTeacher());

        assertThat(member.updateProfile(new Profile(
                        " Siti ",
                        "  ",
                        List.of("Matematika", "matematika "),
                        List.of(Level.SMP, Level.SD, Level.SMP),
                        EducatorType.PENDIDIK,
                        Map.of(),
                        Privacy.DEFAULT)))
                .isFalse();
    }

    @Test
    void makingSubjectsPrivateTellsOthersToForgetThem() {
        Member member = stored(mathematicsTeacher());
        Privacy subjectsPrivate =
                new Privacy(Visibility.COMMUNITY, Visibility.PRIVATE, Visibility.COMMUNITY, Visibility.PRIVATE);

        member.updateProfile(new Profile(
                "Siti",
                null,
                List.of("Matematika"),
                List.of(Level.SD, Level.SMP),
                EducatorType.PENDIDIK,
                Map.of(),
                subjectsPrivate));

        assertThat(RaisedEvents.of(member))
                .containsExactly(new MemberProfileUpdated(
                        "m-1", "kota-bandung", "Siti", EducatorType.PENDIDIK, List.of(Level.SD, Level.SMP), null));
    }

    @Test
    void regionAdminAppointmentsAreIdempotentAndShowInTheRoles() {
        Member member = stored(mathematicsTeacher());

        assertThat(member.appointRegionAdmin("kota-bandung")).isTrue();
        assertThat(member.appointRegionAdmin("kota-bandung")).isFalse();
        assertThat(member.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.REGION_ADMIN);
        assertThat(member.revokeRegionAdmin("kota-bandung")).isTrue();
        assertThat(member.revokeRegionAdmin("kota-bandung")).isFalse();
        assertThat(member.roles()).containsExactly(Role.MEMBER);
        assertThat(RaisedEvents.of(member))
                .containsExactly(
                        new RegionAdminAppointed("m-1", "kota-bandung"), new RegionAdminRevoked("m-1", "kota-bandung"));
    }

    @Test
    void aMemberAdministersABoundedNumberOfRegions() {
        Member member = stored(mathematicsTeacher());
        for (int i = 0; i < Member.MAX_ADMIN_REGIONS; i++) {
            member.appointRegionAdmin("region-" + i);
        }

        assertThatThrownBy(() -> member.appointRegionAdmin("one-too-many")).isInstanceOf(RuleViolationException.class);
        assertThat(member.adminRegions()).hasSize(Member.MAX_ADMIN_REGIONS);
    }

    private static Member mathematicsTeacher() {
        return Member.register(
                "m-1",
                EmailAddress.of("Siti@Sekolah.id"),
                "{argon2}hash",
                "kota-bandung",
                Profile.atRegistration(
                        " Siti ", null, List.of("Matematika"), List.of(Level.SMP, Level.SD), EducatorType.PENDIDIK),
                NOW);
    }

    /** As if stored: the registration's event is gone. */
    private static Member stored(Member member) {
        RaisedEvents.clear(member);
        return member;
    }
}

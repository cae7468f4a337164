package id.kombel.membership.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import id.kombel.membership.member.MemberAccounts;
import id.kombel.platform.web.RuleViolationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class BootstrapAdminTest {

    final MemberAccounts accounts = mock(MemberAccounts.class);

    @Test
    void withoutConfigurationNoAdminIsCreated() {
        new BootstrapAdmin(accounts, properties("", "")).run(new DefaultApplicationArguments());

        verifyNoInteractions(accounts);
    }

    @Test
    void aConfiguredAdminIsCreated() {
        when(accounts.bootstrapPlatformAdmin("admin@dinas.id", "Kuat-Sekali-2026", "Admin Platform"))
                .thenReturn(MemberAccounts.BootstrapOutcome.CREATED);

        new BootstrapAdmin(accounts, properties("admin@dinas.id", "Kuat-Sekali-2026"))
                .run(new DefaultApplicationArguments());

        verify(accounts).bootstrapPlatformAdmin("admin@dinas.id", "Kuat-Sekali-2026", "Admin Platform");
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStart() {
        when(accounts.bootstrapPlatformAdmin("admin@dinas.id", "admin12345", "Admin Platform"))
                .thenThrow(new RuleViolationException("password-too-common", "password is common"));

        assertThatThrownBy(() -> new BootstrapAdmin(accounts, properties("admin@dinas.id", "admin12345"))
                        .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bootstrap-admin.password");
    }

    private static IdentityProperties properties(String email, String password) {
        return new IdentityProperties(
                Duration.ofMinutes(15),
                Duration.ofDays(30),
                Duration.ofDays(30),
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                new IdentityProperties.Lockout(5, Duration.ofMinutes(1), Duration.ofHours(1)),
                new IdentityProperties.BootstrapAdmin(email, password, "Admin Platform"));
    }
}

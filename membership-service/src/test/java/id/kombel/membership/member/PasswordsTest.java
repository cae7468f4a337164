package id.kombel.membership.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(PasswordHashing.OWASP);

    @Test
    void aPasswordThatIsNotUnicodeTextMatchesNothingInsteadOfFailing() {
        String hash = passwords.hash("Rahasia-Guru-2026");

        assertThat(passwords.matches("\uD800", hash)).isFalse();
        assertThat(passwords.matches("Rahasia\uDFFFx\uD83D", hash)).isFalse();
        assertThat(passwords.matches("Rahasia-Guru-2026", hash)).isTrue();
    }

    @Test
    void emojiAndOtherScriptsAreText() {
        assertThat(Passwords.isText("guru 😀 ꦲꦏ꧀ꦱꦫ")).isTrue();
        assertThat(Passwords.isText("\uD83D")).isFalse();
    }
}

package io.lifeline.command.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.staff.Username;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {
    private static final Username ANA = new Username("ana.lopez-2026");
    private final PasswordRules rules = new PasswordRules(new SignInProperties(12, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15)));

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThatCode(() -> rules.check(ANA, "lantern orbit 7 meadow")).doesNotThrowAnyException();
    }

    @Test
    void aPasswordHasAtLeastTheConfiguredLength() {
        assertThatThrownBy(() -> rules.check(ANA, "eleven-char")).isInstanceOf(WeakPassword.class).hasMessageContaining("12");
        var longer = new PasswordRules(new SignInProperties(16, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15)));
        assertThatThrownBy(() -> longer.check(ANA, "fifteen-chars-x")).isInstanceOf(WeakPassword.class).hasMessageContaining("16");
    }

    @Test
    void aPasswordFitsInWhatBcryptReads() {
        assertThatThrownBy(() -> rules.check(ANA, "ü".repeat(37))).isInstanceOf(WeakPassword.class).hasMessageContaining("72 bytes");
    }

    @Test
    void aPasswordIsNotTheUsername() {
        assertThatThrownBy(() -> rules.check(ANA, "Ana.Lopez-2026")).isInstanceOf(WeakPassword.class)
                .hasMessageContaining("username");
    }

    @Test
    void aPasswordIsNotOneCharacterRepeated() {
        assertThatThrownBy(() -> rules.check(ANA, "zzzzzzzzzzzzzzzz")).isInstanceOf(WeakPassword.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "QWERTY123456", "1q2w3e4r5t6y", "correct horse battery staple",
            "CorrectHorseBatteryStaple"})
    void commonPasswordsAreRefusedWhateverTheirCaseAndSpaces(String common) {
        assertThatThrownBy(() -> rules.check(ANA, common)).isInstanceOf(WeakPassword.class).hasMessageContaining("common");
    }
}

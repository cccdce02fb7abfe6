package io.lifeline.command.staff;

import io.lifeline.contracts.staff.Username;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a new staff password must be: at least the configured length (12 by default), at most 72
 * bytes (bcrypt ignores the rest), not the username, not one character repeated, and not one of the
 * passwords attackers try first ({@code common-passwords.txt}, compared ignoring case and spaces).
 * Checked on registration and on every change, before the password is hashed.
 */
@Component
class PasswordRules {
    private static final int BCRYPT_MAX_BYTES = 72;
    private final int minLength;
    private final Set<String> common;

    PasswordRules(SignInProperties properties) {
        this.minLength = properties.passwordMinLength();
        this.common = commonPasswords();
    }

    void check(Username username, String password) {
        if (password.codePointCount(0, password.length()) < minLength) {
            throw new WeakPassword("a password has at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw new WeakPassword("a password has at most " + BCRYPT_MAX_BYTES + " bytes");
        }
        String normalised = normalise(password);
        if (normalised.equals(normalise(username.value()))) {
            throw new WeakPassword("a password must not be the username");
        }
        if (normalised.codePoints().distinct().count() == 1) {
            throw new WeakPassword("a password must not be one character repeated");
        }
        if (common.contains(normalised)) {
            throw new WeakPassword("this password is one of the most common ones: choose another");
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> commonPasswords() {
        var list = PasswordRules.class.getResourceAsStream("common-passwords.txt");
        if (list == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the classpath");
        }
        try (var lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordRules::normalise).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

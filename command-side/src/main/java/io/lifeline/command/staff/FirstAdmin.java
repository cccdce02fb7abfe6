package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start, while no staff account exists, registers the configured admin. Without a
 * configured password it generates one and prints it once: there is no other way in.
 */
@Component
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffCredentials credentials;
    private final ActingGateway commands;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final int generatedLength;
    private final Username username;
    private final String password;

    FirstAdmin(StaffCredentials credentials, ActingGateway commands, PasswordEncoder passwords, PasswordRules rules,
               SignInProperties signIn, @Value("${lifeline.admin.username:admin}") String username,
               @Value("${lifeline.admin.password:}") String password) {
        this.credentials = credentials;
        this.commands = commands;
        this.passwords = passwords;
        this.rules = rules;
        this.generatedLength = Math.max(24, signIn.passwordMinLength());
        this.username = new Username(username).validated();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (credentials.anyExists()) {
            return;
        }
        String chosen = password.isBlank() ? generated(generatedLength) : password;
        try {
            rules.check(username, chosen);
        } catch (WeakPassword weak) {
            throw new IllegalStateException("LIFELINE_ADMIN_PASSWORD breaks the password rules: " + weak.getMessage());
        }
        try {
            commands.send(new RegisterStaff(StaffId.random(), username, "Administrator", StaffRole.ADMIN,
                    passwords.encode(chosen)), Acting.system("first-admin"));
        } catch (UsernameTaken raced) {
            log.info("Another instance created the first admin '{}' at the same moment", username);
            return; // several instances may start together on an empty database
        }
        if (password.isBlank()) {
            log.warn("Created the first admin '{}' with the generated password: {}  (set LIFELINE_ADMIN_PASSWORD to choose it)",
                    username, chosen);
        } else {
            log.info("Created the first admin '{}' with the configured password", username);
        }
    }

    private static String generated(int length) {
        byte[] random = new byte[(length * 3 + 3) / 4];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).substring(0, length);
    }
}

package io.lifeline.command.staff;

import io.lifeline.command.identity.ActiveStaff;
import io.lifeline.command.identity.SessionToken;
import io.lifeline.command.identity.TokenIssuer;
import io.lifeline.contracts.staff.Username;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password and issues a staff token. Unknown users, wrong passwords and
 * deactivated accounts get the same answer, after the same bcrypt work, so none can be told apart.
 */
@Component
class StaffSignIn {
    private final StaffCredentials credentials;
    private final ActiveStaff activeStaff;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final String decoyHash;

    StaffSignIn(StaffCredentials credentials, ActiveStaff activeStaff, PasswordEncoder passwords, TokenIssuer tokens) {
        this.credentials = credentials;
        this.activeStaff = activeStaff;
        this.passwords = passwords;
        this.tokens = tokens;
        this.decoyHash = passwords.encode("decoy password for unknown usernames");
    }

    record SignedIn(SessionToken session, String staffId, String role) {}

    Optional<SignedIn> signIn(Username username, String password) {
        var credential = credentials.find(username);
        boolean matches = passwords.matches(password, credential.map(StaffCredentials.Credential::passwordHash).orElse(decoyHash));
        if (credential.isEmpty() || !matches) {
            return Optional.empty();
        }
        var staff = credential.get().staff();
        return activeStaff.roleOf(staff)
                .map(role -> new SignedIn(tokens.forStaff(staff, username, role), staff.toString(), role.name()));
    }
}

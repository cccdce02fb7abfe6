package io.lifeline.command.staff;

import io.lifeline.command.identity.ActiveStaff;
import io.lifeline.command.session.SignedIn;
import io.lifeline.command.session.StaffSessions;
import io.lifeline.contracts.staff.Username;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password and opens a staff session. Unknown users, wrong passwords,
 * deactivated accounts and locked usernames get the same answer, after the same bcrypt work, so
 * none can be told apart; every failure counts towards the username's lockout.
 */
@Component
class StaffSignIn {
    private final StaffCredentials credentials;
    private final ActiveStaff activeStaff;
    private final PasswordEncoder passwords;
    private final StaffSessions sessions;
    private final SignInAttempts attempts;
    private final String decoyHash;

    StaffSignIn(StaffCredentials credentials, ActiveStaff activeStaff, PasswordEncoder passwords, StaffSessions sessions,
                SignInAttempts attempts) {
        this.credentials = credentials;
        this.activeStaff = activeStaff;
        this.passwords = passwords;
        this.sessions = sessions;
        this.attempts = attempts;
        this.decoyHash = passwords.encode("decoy password for unknown usernames");
    }

    Optional<SignedIn> signIn(Username username, String password) {
        boolean locked = attempts.locked(username);
        var credential = credentials.find(username);
        boolean matches = passwords.matches(password, credential.map(StaffCredentials.Credential::passwordHash).orElse(decoyHash));
        if (locked) {
            return Optional.empty(); // failures while locked do not lengthen the lock
        }
        var role = credential.filter(found -> matches).flatMap(found -> activeStaff.roleOf(found.staff()));
        if (role.isEmpty()) {
            attempts.failed(username);
            return Optional.empty();
        }
        attempts.cleared(username);
        return Optional.of(sessions.open(credential.get().staff(), username, role.get()));
    }

    /** Whether this is the staff member's current password; a wrong one counts towards the lockout like a sign-in. */
    boolean confirms(Username username, String password) {
        boolean locked = attempts.locked(username);
        var credential = credentials.find(username);
        boolean matches = passwords.matches(password, credential.map(StaffCredentials.Credential::passwordHash).orElse(decoyHash));
        if (locked) {
            return false;
        }
        if (!matches) {
            attempts.failed(username);
        }
        return matches;
    }
}

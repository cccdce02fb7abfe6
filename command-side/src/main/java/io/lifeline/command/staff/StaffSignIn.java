package io.lifeline.command.staff;

import io.lifeline.command.identity.ActiveStaff;
import io.lifeline.command.session.SignedIn;
import io.lifeline.command.session.StaffSessions;
import io.lifeline.contracts.staff.Username;
import java.net.InetAddress;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password and opens a staff session. Unknown users, wrong passwords and
 * deactivated accounts get the same answer, after the same bcrypt work, so none can be told apart;
 * every failure counts towards the throttling of that username from that address.
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

    /**
     * @param client the caller's address (null when unknown): failures are counted for it and the username together
     * @throws SignInThrottled when this address must wait before trying this username again; the
     *     password is then not even checked, so waiting is the only way forward
     */
    Optional<SignedIn> signIn(Username username, String password, InetAddress client) {
        requireNotThrottled(username, client);
        var credential = credentials.find(username);
        boolean matches = passwords.matches(password, credential.map(StaffCredentials.Credential::passwordHash).orElse(decoyHash));
        var role = credential.filter(found -> matches).flatMap(found -> activeStaff.roleOf(found.staff()));
        if (role.isEmpty()) {
            attempts.failed(username, client);
            return Optional.empty();
        }
        attempts.succeeded(username, client);
        return Optional.of(sessions.open(credential.get().staff(), username, role.get()));
    }

    /**
     * Whether this is the staff member's current password (a password change asks). A wrong one
     * counts like a failed sign-in from the same address: whoever holds a stolen access token could
     * otherwise guess the password here unthrottled, and a right one answers a fresh session.
     *
     * @throws SignInThrottled as for a sign-in
     */
    boolean confirms(Username username, String password, InetAddress client) {
        requireNotThrottled(username, client);
        var credential = credentials.find(username);
        boolean matches = passwords.matches(password, credential.map(StaffCredentials.Credential::passwordHash).orElse(decoyHash));
        if (!matches) {
            attempts.failed(username, client);
        }
        return matches;
    }

    private void requireNotThrottled(Username username, InetAddress client) {
        var wait = attempts.wait(username, client);
        if (wait.isPresent()) {
            throw new SignInThrottled(Math.max(1, (wait.get().toMillis() + 999) / 1000));
        }
    }
}

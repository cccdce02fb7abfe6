package io.lifeline.command.staff;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.Username;
import java.util.Optional;

/** Password hashes by username, kept apart from the events so that no event ever holds a secret. */
interface StaffCredentials {
    record Credential(StaffId staff, String passwordHash) {}

    boolean usernameTaken(Username username);

    void store(StaffId staff, Username username, String passwordHash);

    Optional<Credential> find(Username username);

    Optional<Username> usernameOf(StaffId staff);

    void changePassword(StaffId staff, String passwordHash);

    boolean anyExists();
}

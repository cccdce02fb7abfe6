package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.command.session.SignInWithProvider;
import io.lifeline.command.session.SignedIn;
import io.lifeline.command.session.StaffSessions;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.ChangeStaffPassword;
import io.lifeline.contracts.staff.ChangeStaffRole;
import io.lifeline.contracts.staff.DeactivateStaff;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins register staff accounts, change their roles, reset passwords and deactivate them; staff change their own password. */
@RestController
@Tag(name = "Staff")
class StaffController {
    private final ActingGateway commands;
    private final PasswordEncoder passwords;
    private final PasswordRules rules;
    private final StaffCredentials credentials;
    private final StaffSignIn signIn;
    private final SignInAttempts attempts;
    private final StaffSessions sessions;
    private final ExternalIdentityProperties externalIdentity;

    StaffController(ActingGateway commands, PasswordEncoder passwords, PasswordRules rules, StaffCredentials credentials,
                    StaffSignIn signIn, SignInAttempts attempts, StaffSessions sessions,
                    ExternalIdentityProperties externalIdentity) {
        this.commands = commands;
        this.passwords = passwords;
        this.rules = rules;
        this.credentials = credentials;
        this.signIn = signIn;
        this.attempts = attempts;
        this.sessions = sessions;
        this.externalIdentity = externalIdentity;
    }

    record RegisterStaffRequest(@NotNull Username username, @NotBlank @Size(max = 100) String displayName,
                                @NotNull StaffRole role, @NotNull @Size(max = 72) String password) {
        @Override
        public String toString() { // keeps the password out of logs
            return "RegisterStaffRequest[username=" + username + ", role=" + role + "]";
        }
    }

    record StaffRegisteredResponse(StaffId staffId) {}

    record ChangeRoleRequest(@NotNull StaffRole role) {}

    record ChangeOwnPasswordRequest(@NotNull @Size(max = 128) String currentPassword,
                                    @NotNull @Size(max = 72) String newPassword) {
        @Override
        public String toString() {
            return "ChangeOwnPasswordRequest[]";
        }
    }

    record ResetPasswordRequest(@NotNull @Size(max = 72) String password) {
        @Override
        public String toString() {
            return "ResetPasswordRequest[]";
        }
    }

    @PostMapping("/api/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a staff account (admin)", description = "The password must keep the password rules (400 weak-password).")
    StaffRegisteredResponse register(@Valid @RequestBody RegisterStaffRequest request, Acting acting) {
        rules.check(request.username(), request.password());
        StaffId staff = commands.send(new RegisterStaff(StaffId.random(), request.username(), request.displayName(),
                request.role(), passwords.encode(request.password())), acting);
        return new StaffRegisteredResponse(staff);
    }

    @PutMapping("/api/staff/{staffId}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a staff member's role (admin)", description = "Revokes every session of the staff member.")
    void changeRole(@PathVariable UUID staffId, @Valid @RequestBody ChangeRoleRequest request, Acting acting) {
        commands.send(new ChangeStaffRole(new StaffId(staffId), request.role()), acting);
    }

    @PostMapping("/api/staff/{staffId}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate a staff account (admin); it can no longer sign in or act",
            description = "Revokes every session of the staff member and closes their WebSocket connections.")
    void deactivate(@PathVariable UUID staffId, Acting acting) {
        commands.send(new DeactivateStaff(new StaffId(staffId)), acting);
    }

    @PutMapping("/api/staff/{staffId}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reset a staff member's password (admin)",
            description = "Revokes every session of the staff member and lifts the sign-in throttling of their username.")
    void resetPassword(@PathVariable UUID staffId, @Valid @RequestBody ResetPasswordRequest request, Acting acting) {
        StaffId staff = new StaffId(staffId);
        Username username = credentials.usernameOf(staff)
                .orElseThrow(() -> new AggregateNotFoundException(staff.toString(), "no staff member " + staff));
        rules.check(username, request.password());
        commands.send(new ChangeStaffPassword(staff, passwords.encode(request.password())), acting);
        attempts.cleared(username);
    }

    @PutMapping("/api/staff/me/password")
    @Operation(summary = "Change your own password",
            description = "Needs the current password: a wrong one is 403 wrong-password and counts like a failed sign-in "
                    + "from your address (429 sign-in-throttled with Retry-After once too many). Revokes every session "
                    + "of yours, this one included, and answers a new session.")
    SignedIn changeOwnPassword(@Valid @RequestBody ChangeOwnPasswordRequest request, Acting acting,
                               HttpServletRequest http) {
        if (!acting.actor().isStaff()) {
            throw new InsufficientAuthenticationException("only staff have a password"); // the security rules let none else here
        }
        if (externalIdentity.enabled()) {
            throw new SignInWithProvider();
        }
        StaffId staff = acting.actor().staffId();
        Username username = credentials.usernameOf(staff).orElseThrow(WrongPassword::new);
        if (!signIn.confirms(username, request.currentPassword(), ClientAddress.of(http))) {
            throw new WrongPassword();
        }
        rules.check(username, request.newPassword());
        commands.send(new ChangeStaffPassword(staff, passwords.encode(request.newPassword())), acting);
        return sessions.open(staff, username, acting.role());
    }
}

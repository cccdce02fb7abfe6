package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.ChangeStaffRole;
import io.lifeline.contracts.staff.DeactivateStaff;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins register staff accounts, change their roles and deactivate them. */
@RestController
@Tag(name = "Staff")
class StaffController {
    private final ActingGateway commands;
    private final PasswordEncoder passwords;

    StaffController(ActingGateway commands, PasswordEncoder passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    record RegisterStaffRequest(@NotNull Username username, @NotBlank @Size(max = 100) String displayName,
                                @NotNull StaffRole role, @NotNull @Size(min = 12, max = 72) String password) {
        @Override
        public String toString() { // keeps the password out of logs
            return "RegisterStaffRequest[username=" + username + ", role=" + role + "]";
        }
    }

    record StaffRegisteredResponse(StaffId staffId) {}

    record ChangeRoleRequest(@NotNull StaffRole role) {}

    @PostMapping("/api/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a staff account (admin)")
    StaffRegisteredResponse register(@Valid @RequestBody RegisterStaffRequest request, Acting acting) {
        StaffId staff = commands.send(new RegisterStaff(StaffId.random(), request.username(), request.displayName(),
                request.role(), passwords.encode(request.password())), acting);
        return new StaffRegisteredResponse(staff);
    }

    @PutMapping("/api/staff/{staffId}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a staff member's role (admin)")
    void changeRole(@PathVariable UUID staffId, @Valid @RequestBody ChangeRoleRequest request, Acting acting) {
        commands.send(new ChangeStaffRole(new StaffId(staffId), request.role()), acting);
    }

    @PostMapping("/api/staff/{staffId}/deactivate")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deactivate a staff account (admin); it can no longer sign in or act")
    void deactivate(@PathVariable UUID staffId, Acting acting) {
        commands.send(new DeactivateStaff(new StaffId(staffId)), acting);
    }
}

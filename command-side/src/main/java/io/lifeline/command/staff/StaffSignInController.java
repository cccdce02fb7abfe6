package io.lifeline.command.staff;

import io.lifeline.contracts.staff.Username;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff sign in with username and password and get a signed JWT carrying their role. */
@RestController
@Tag(name = "Sessions")
class StaffSignInController {
    private final StaffSignIn signIn;

    StaffSignInController(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    record StaffSignInRequest(@NotNull Username username, @NotNull @Size(max = 128) String password) {
        @Override
        public String toString() { // keeps the password out of logs
            return "StaffSignInRequest[username=" + username + "]";
        }
    }

    @PostMapping("/api/sessions/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign in as staff", description = "Answers 401 alike for unknown users, wrong passwords and deactivated accounts.")
    StaffSignIn.SignedIn signIn(@Valid @RequestBody StaffSignInRequest request) {
        return signIn.signIn(request.username(), request.password())
                .orElseThrow(() -> new BadCredentialsException("wrong username or password"));
    }
}

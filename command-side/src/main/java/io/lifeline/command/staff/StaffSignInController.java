package io.lifeline.command.staff;

import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.command.session.SignInWithProvider;
import io.lifeline.command.session.SignedIn;
import io.lifeline.contracts.staff.Username;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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

/** Staff sign in with username and password and get a session: an access token with their role and a refresh token. */
@RestController
@Tag(name = "Sessions")
class StaffSignInController {
    private final StaffSignIn signIn;
    private final ExternalIdentityProperties externalIdentity;

    StaffSignInController(StaffSignIn signIn, ExternalIdentityProperties externalIdentity) {
        this.signIn = signIn;
        this.externalIdentity = externalIdentity;
    }

    record StaffSignInRequest(@NotNull Username username, @NotNull @Size(max = 128) String password) {
        @Override
        public String toString() { // keeps the password out of logs
            return "StaffSignInRequest[username=" + username + "]";
        }
    }

    @PostMapping("/api/sessions/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign in as staff",
            description = "Answers an access token (session.token, short-lived) and a single-use refresh token. 401 alike "
                    + "for unknown users, wrong passwords, deactivated accounts and usernames locked after repeated failures.",
            responses = {@ApiResponse(responseCode = "401", description = "Unknown user, wrong password, deactivated account "
                    + "or locked username, answered alike (`unauthorized`)"),
                    @ApiResponse(responseCode = "403", description = "Staff sign in with the configured identity provider "
                            + "(`sign-in-with-provider`)")})
    @SecurityRequirements // signing in is how one gets a token
    SignedIn signIn(@Valid @RequestBody StaffSignInRequest request) {
        if (externalIdentity.enabled()) {
            throw new SignInWithProvider();
        }
        return signIn.signIn(request.username(), request.password())
                .orElseThrow(() -> new BadCredentialsException("wrong username or password"));
    }
}

package io.lifeline.command.staff;

import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.command.session.SignInWithProvider;
import io.lifeline.command.session.SignedIn;
import io.lifeline.contracts.staff.Username;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
        StaffSignInRequest {
            username = username == null ? null : username.validated();
        }

        @Override
        public String toString() { // keeps the password out of logs
            return "StaffSignInRequest[username=" + username + "]";
        }
    }

    @PostMapping("/api/sessions/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sign in as staff",
            description = "Answers an access token (session.token, short-lived) and a single-use refresh token. 401 alike "
                    + "for unknown users, wrong passwords and deactivated accounts. After repeated failures for one username "
                    + "from one address, that address waits ever longer: 429 sign-in-throttled with Retry-After.",
            responses = {@ApiResponse(responseCode = "401", description = "Unknown user, wrong password or deactivated "
                    + "account, answered alike (`unauthorized`)"),
                    @ApiResponse(responseCode = "403", description = "Staff sign in with the configured identity provider "
                            + "(`sign-in-with-provider`)"),
                    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this username from this "
                            + "address (`sign-in-throttled`); wait Retry-After seconds")})
    @SecurityRequirements // signing in is how one gets a token
    SignedIn signIn(@Valid @RequestBody StaffSignInRequest request, HttpServletRequest http) {
        if (externalIdentity.enabled()) {
            throw new SignInWithProvider();
        }
        return signIn.signIn(request.username(), request.password(), ClientAddress.of(http))
                .orElseThrow(() -> new BadCredentialsException("wrong username or password"));
    }
}

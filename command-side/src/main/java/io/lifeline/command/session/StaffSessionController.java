package io.lifeline.command.session;

import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.token.TokenClaims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff trade a refresh token for the next access token, and sign out. */
@RestController
@Tag(name = "Sessions")
class StaffSessionController {
    private final StaffSessions sessions;
    private final ExternalIdentityProperties externalIdentity;

    StaffSessionController(StaffSessions sessions, ExternalIdentityProperties externalIdentity) {
        this.sessions = sessions;
        this.externalIdentity = externalIdentity;
    }

    record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {
        @Override
        public String toString() { // keeps the token out of logs
            return "RefreshRequest[]";
        }
    }

    record LogoutRequest(@Size(max = 128) String refreshToken) {
        @Override
        public String toString() {
            return "LogoutRequest[]";
        }
    }

    @PostMapping("/api/sessions/staff/refresh")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refresh a staff session",
            description = "Answers a new access token and the next refresh token; the one presented is used up. Presenting "
                    + "a used refresh token again revokes the whole session. 401 alike for every refusal.",
            responses = {@ApiResponse(responseCode = "401", description = "Unknown, expired, used or revoked refresh token, "
                    + "answered alike (`unauthorized`)"),
                    @ApiResponse(responseCode = "403", description = "Staff sign in with the configured identity provider "
                            + "(`sign-in-with-provider`)")})
    @SecurityRequirements // the refresh token in the body is the credential
    SignedIn refresh(@Valid @RequestBody RefreshRequest request) {
        if (externalIdentity.enabled()) {
            throw new SignInWithProvider();
        }
        return sessions.refresh(request.refreshToken());
    }

    @PostMapping("/api/sessions/staff/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out of a staff session",
            description = "Revokes the session of the refresh token in the body, or else of the bearer access token: its "
                    + "refresh tokens stop working and its access tokens are refused by every service within a second. "
                    + "Needs no Authorize when the body names the refresh token.",
            responses = @ApiResponse(responseCode = "401", description = "Neither a refresh token nor a bearer access token "
                    + "names a session (`unauthorized`)"))
    @SecurityRequirements // the refresh token in the body may be the credential instead
    void logout(@Valid @RequestBody(required = false) LogoutRequest request) {
        if (request != null && request.refreshToken() != null && !request.refreshToken().isBlank()) {
            sessions.logOutWith(request.refreshToken());
            return;
        }
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && token.getToken().hasClaim(TokenClaims.SESSION)) {
            sessions.logOut(SessionId.parse(token.getToken().getClaimAsString(TokenClaims.SESSION)));
            return;
        }
        throw new InsufficientAuthenticationException("name the session: its refresh token, or its access token as bearer");
    }
}

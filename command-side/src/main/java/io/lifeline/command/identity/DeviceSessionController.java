package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.lifeline.support.origins.BrowserOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Devices start a session with the id they generated and get a token scoped to that device. */
@RestController
@Tag(name = "Sessions")
class DeviceSessionController {
    private final TokenIssuer tokens;
    private final SiteIdentities identities;

    DeviceSessionController(TokenIssuer tokens, SiteIdentities identities) {
        this.tokens = tokens;
        this.identities = identities;
    }

    /**
     * A device's secret id, or for a website with identity verification its {@code siteId} and the
     * {@code userId} it signed in with, with {@code userHash}: the hex HMAC-SHA256 of the user id
     * under the site's secret.
     */
    record DeviceSessionRequest(DeviceId deviceId, @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String siteId,
                                @Size(min = 1, max = 256) String userId,
                                @Pattern(regexp = "[0-9A-Fa-f]{64}") String userHash) {
        @Override
        public String toString() { // the device id is a secret: keep it out of logs
            return "DeviceSessionRequest[siteId=" + siteId + "]";
        }
    }

    /** The token, and the public id staff and events know this device by (never the secret one). */
    record DeviceSession(String token, java.time.Instant expiresAt, DeviceId device) {
        @Override
        public String toString() {
            return "DeviceSession[device=" + device + "]";
        }
    }

    @PostMapping("/api/sessions/device")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a device session",
            description = "The device id is a random secret the app or widget generated and keeps (16 to 128 characters). "
                    + "A website with identity verification adds its siteId, the userId it signed in with and userHash, "
                    + "the hex HMAC-SHA256 of the userId under the site's secret: a verified user gets the same device "
                    + "in every browser (403 identity-not-verified when the hash is missing where required, or wrong). "
                    + "The answer names the pseudonymous id staff and events know the device by. The token names the site: "
                    + "a browser page may use it only from an origin the site allows (403 origin-not-allowed).",
            responses = {@ApiResponse(responseCode = "403", description = "The site requires identity verification and the "
                    + "userHash is missing or wrong (`identity-not-verified`), or the page's origin is not one the site "
                    + "allows (`origin-not-allowed`; a page on another origin always needs a siteId)"),
                    @ApiResponse(responseCode = "400", description = "No site with this siteId (`unknown-site`), or the "
                            + "request's shape")})
    @SecurityRequirements // starting a session is how a device gets its token
    DeviceSession start(@Valid @RequestBody DeviceSessionRequest request, HttpServletRequest http) {
        DeviceId device = identities.deviceFor(request.deviceId(), request.siteId(), request.userId(), request.userHash(),
                BrowserOrigin.crossOrigin(http));
        SessionToken session = tokens.forDevice(device, request.siteId());
        return new DeviceSession(session.token(), session.expiresAt(), device);
    }
}

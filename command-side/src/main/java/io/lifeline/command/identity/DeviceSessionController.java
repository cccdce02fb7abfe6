package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
    private final DevicePseudonyms pseudonyms;

    DeviceSessionController(TokenIssuer tokens, DevicePseudonyms pseudonyms) {
        this.tokens = tokens;
        this.pseudonyms = pseudonyms;
    }

    record DeviceSessionRequest(@NotNull DeviceId deviceId) {
        @Override
        public String toString() { // the device id is a secret: keep it out of logs
            return "DeviceSessionRequest[]";
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
                    + "The answer names the pseudonymous id staff and events know the device by.")
    DeviceSession start(@Valid @RequestBody DeviceSessionRequest request) {
        DeviceId device = pseudonyms.of(request.deviceId());
        SessionToken session = tokens.forDevice(device);
        return new DeviceSession(session.token(), session.expiresAt(), device);
    }
}

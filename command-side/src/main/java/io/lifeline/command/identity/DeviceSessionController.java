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

    DeviceSessionController(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    record DeviceSessionRequest(@NotNull DeviceId deviceId) {}

    @PostMapping("/api/sessions/device")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a device session",
            description = "The device id is a random secret the app or widget generated (16 to 128 characters).")
    SessionToken start(@Valid @RequestBody DeviceSessionRequest request) {
        return tokens.forDevice(request.deviceId());
    }
}

package io.lifeline.contracts.channel;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.token.TokenClaims;
import java.util.List;
import java.util.Objects;

/**
 * Who sent a frame, as the bridge read it from the token it verified at the handshake: the claims
 * the command side needs to decide who acts and with which role (see {@link TokenClaims}). Never
 * the token itself.
 *
 * @param provider    the external identity provider that vouches for a staff member, or null
 * @param name        a staff member's username, or null
 * @param displayName the display name an external provider gave, or null
 */
public record VerifiedCaller(String kind, String subject, List<String> roles, String provider, String name,
                             String displayName) {
    public VerifiedCaller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static VerifiedCaller device(String deviceId) {
        return new VerifiedCaller(TokenClaims.DEVICE, deviceId, List.of("DEVICE"), null, null, null);
    }

    /**
     * The caller as stored events name it, the author the command side records for what it sends.
     *
     * @throws IllegalArgumentException when the token names no Lifeline principal
     */
    public Actor actor() {
        return switch (kind) {
            case TokenClaims.DEVICE -> Actor.device(new DeviceId(subject));
            case TokenClaims.STAFF -> Actor.staff(StaffId.parse(subject));
            default -> throw new IllegalArgumentException("the token names no Lifeline principal: " + kind);
        };
    }

    @Override
    public String toString() {
        return kind + ":" + subject;
    }
}

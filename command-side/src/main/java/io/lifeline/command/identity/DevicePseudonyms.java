package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The id a device presents is its only credential, so it must never be stored or shown. Lifeline
 * knows each device by a pseudonym derived from it with a keyed hash: events, tokens and staff see
 * the pseudonym, which cannot be turned back into the secret or used to sign in.
 */
@Component
public class DevicePseudonyms {
    private static final String PREFIX = "d-";
    private final SecretKeySpec key;

    DevicePseudonyms(SecurityProperties properties) {
        this.key = new SecretKeySpec(properties.deviceKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public DeviceId of(DeviceId presented) {
        return pseudonym("lifeline-device:" + presented.value());
    }

    /**
     * The device of a user a website verified: the same for that site and user id wherever they sign
     * in. Its input starts differently from any device's, so no secret device id can produce it; site
     * ids hold no colon, so the site and the user id cannot be shifted into one another.
     */
    DeviceId ofVerifiedUser(String siteId, String userId) {
        return pseudonym("lifeline-site-user:" + siteId + ":" + userId);
    }

    private DeviceId pseudonym(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            return new DeviceId(PREFIX + encoded.substring(0, 32)); // 192 bits
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

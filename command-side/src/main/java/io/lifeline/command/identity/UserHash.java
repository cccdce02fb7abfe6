package io.lifeline.command.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof a website gives that it signed its user in: the HMAC-SHA256 of the user id (UTF-8)
 * under the site's secret, as 64 hex digits. Test vectors are in {@code docs/identity-verification.md}.
 */
final class UserHash {
    private UserHash() {
    }

    static String of(String secret, String userId) {
        return HexFormat.of().formatHex(mac(secret, userId));
    }

    /** Compared in constant time, so the answer's timing tells nothing about how close a guess was. */
    static boolean matches(String secret, String userId, String presentedHex) {
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(presentedHex.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, userId), presented);
    }

    private static byte[] mac(String secret, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

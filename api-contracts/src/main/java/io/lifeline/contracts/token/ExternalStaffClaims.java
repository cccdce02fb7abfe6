package io.lifeline.contracts.token;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a token from an external OpenID Connect provider as a Lifeline staff token, the same way
 * in every service: the role claim's values (a claim name or a dotted path such as
 * {@code realm_access.roles}; a list or one string of space- or comma-separated values) are mapped
 * to staff roles and the highest wins (ADMIN, then AGENT, then ANALYST); the subject becomes a
 * {@link StaffId} derived from issuer and subject; the username claim becomes {@code name}.
 *
 * @param roleClaim     where the provider puts roles
 * @param usernameClaim where the provider puts the username (the subject when absent)
 * @param roleMapping   the provider's role values (compared ignoring case) and the staff role each means
 */
public record ExternalStaffClaims(String roleClaim, String usernameClaim, Map<String, StaffRole> roleMapping) {
    public ExternalStaffClaims {
        if (roleClaim == null || roleClaim.isBlank()) {
            throw new IllegalArgumentException("the role claim of the identity provider must be named");
        }
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "sub" : usernameClaim;
        var lowered = new HashMap<String, StaffRole>();
        roleMapping.forEach((external, role) -> lowered.put(external.toLowerCase(Locale.ROOT), role));
        roleMapping = Map.copyOf(lowered);
    }

    /**
     * @param mapping {@code value=ROLE} pairs separated by commas ({@code lifeline-admins=ADMIN,support=AGENT});
     *                blank means the provider uses Lifeline's names (ADMIN, AGENT, ANALYST)
     */
    public static ExternalStaffClaims of(String roleClaim, String usernameClaim, String mapping) {
        var roles = new LinkedHashMap<String, StaffRole>();
        if (mapping == null || mapping.isBlank()) {
            for (StaffRole role : StaffRole.values()) {
                roles.put(role.name(), role);
            }
        } else {
            for (String pair : mapping.split(",")) {
                int equals = pair.lastIndexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("a role mapping is value=ROLE pairs separated by commas, not '" + pair.strip() + "'");
                }
                roles.put(pair.substring(0, equals).strip(), StaffRole.valueOf(pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT)));
            }
        }
        return new ExternalStaffClaims(roleClaim, usernameClaim, roles);
    }

    /**
     * The claims as Lifeline's services read them: {@code sub} the derived staff id, {@code kind}
     * staff, {@code roles} the mapped role, {@code name} the username, {@code idp} the issuer. The
     * provider's own {@code sub} and {@code sid} move to {@code idp_sub} and {@code idp_sid}: its
     * session ids mean nothing to Lifeline's revocations.
     *
     * @throws IllegalArgumentException when the token has no issuer or subject, or no value that maps to a staff role
     */
    public Map<String, Object> toLifeline(Map<String, Object> claims) {
        Object issuer = claims.get("iss");
        Object subject = claims.get("sub");
        if (issuer == null || subject == null) {
            throw new IllegalArgumentException("the token names no issuer or subject");
        }
        StaffRole role = roleOf(claims).orElseThrow(
                () -> new IllegalArgumentException("the token's " + roleClaim + " claim holds no role mapped to a Lifeline staff role"));
        var lifeline = new LinkedHashMap<>(claims);
        lifeline.put("idp_sub", subject.toString());
        Object providerSession = lifeline.remove(TokenClaims.SESSION);
        if (providerSession != null) {
            lifeline.put("idp_sid", providerSession);
        }
        lifeline.put("sub", StaffId.external(issuer.toString(), subject.toString()).toString());
        lifeline.put(TokenClaims.KIND, TokenClaims.STAFF);
        lifeline.put(TokenClaims.ROLES, List.of(role.name()));
        Object username = claims.get(usernameClaim);
        lifeline.put(TokenClaims.NAME, (username != null ? username : subject).toString());
        Object displayName = claims.get("name");
        if (displayName != null) {
            lifeline.put(TokenClaims.DISPLAY_NAME, displayName.toString());
        }
        lifeline.put(TokenClaims.PROVIDER, issuer.toString());
        return lifeline;
    }

    Optional<StaffRole> roleOf(Map<String, Object> claims) {
        Object value = claims;
        for (String step : roleClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (value == null) {
            value = claims.get(roleClaim); // a claim whose name itself holds dots
        }
        return values(value).stream()
                .map(external -> roleMapping.get(external.toLowerCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder()); // ADMIN < AGENT < ANALYST: the most powerful wins
    }

    private static List<String> values(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String text) {
            return List.of(text.split("[\\s,]+"));
        }
        return List.of();
    }
}

package io.lifeline.contracts.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.actor.StaffId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalStaffClaimsTest {
    private static final String ISSUER = "https://login.example.org/realms/help";

    private static Map<String, Object> token(Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(Map.of("iss", ISSUER, "sub", "user-17", "sid", "idp-session"));
        all.putAll(claims);
        return all;
    }

    @Test
    void aProviderTokenReadsAsALifelineStaffToken() {
        var claims = ExternalStaffClaims.of("realm_access.roles", "preferred_username", "helpdesk=AGENT")
                .toLifeline(token(Map.of("realm_access", Map.of("roles", List.of("offline_access", "HelpDesk")),
                        "preferred_username", "ana", "name", "Ana López")));

        assertThat(claims).containsEntry("sub", StaffId.external(ISSUER, "user-17").toString())
                .containsEntry("kind", "staff").containsEntry("roles", List.of("AGENT")).containsEntry("name", "ana")
                .containsEntry("display_name", "Ana López").containsEntry("idp", ISSUER)
                .containsEntry("idp_sub", "user-17").containsEntry("idp_sid", "idp-session")
                .doesNotContainKey("sid"); // the provider's sessions are not Lifeline's
    }

    @Test
    void withoutAMappingTheProviderUsesLifelinesRoleNamesAndTheMostPowerfulWins() {
        var claims = ExternalStaffClaims.of("roles", null, "");
        assertThat(claims.toLifeline(token(Map.of("roles", List.of("analyst", "AGENT"))))).containsEntry("roles", List.of("AGENT"));
        assertThat(claims.toLifeline(token(Map.of("roles", "ANALYST admin")))).containsEntry("roles", List.of("ADMIN"));
        assertThat(claims.toLifeline(token(Map.of("roles", List.of("ANALYST"))))).containsEntry("name", "user-17");
    }

    @Test
    void aTokenWithoutAMappedRoleIsNotAStaffToken() {
        var claims = ExternalStaffClaims.of("groups", "email", "support=AGENT");
        assertThatThrownBy(() -> claims.toLifeline(token(Map.of("groups", List.of("visitors")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups");
        assertThatThrownBy(() -> claims.toLifeline(token(Map.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedMappingIsRefused() {
        assertThatThrownBy(() -> ExternalStaffClaims.of("roles", null, "support")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExternalStaffClaims.of("roles", null, "support=BOSS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyServiceDerivesTheSameStaffIdAndDifferentProvidersDoNotCollide() {
        assertThat(StaffId.external(ISSUER, "user-17")).isEqualTo(StaffId.external(ISSUER, "user-17"))
                .isNotEqualTo(StaffId.external("https://other.example.org", "user-17"));
    }
}

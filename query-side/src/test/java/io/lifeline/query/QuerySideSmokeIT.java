package io.lifeline.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service starts on its own configuration, answers health, and accepts only Lifeline-signed tokens. */
class QuerySideSmokeIT extends QuerySideIntegrationTest {

    @Test
    void startsAndAnswersHealth() {
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void refusesTokensNotSignedByLifeline() throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("someone").issuer("lifeline").claim("kind", "staff")
                .claim("roles", List.of("ADMIN")).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        var forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner("a-different-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8)));

        assertThat(get("/api/query/processors", null).status()).isEqualTo(401);
        assertThat(get("/api/query/processors", forged.serialize()).status()).isEqualTo(401);
        assertThat(get("/api/query/processors", analyst()).status()).isEqualTo(200);
    }

    @Test
    void apiIsDocumented() {
        var docs = get("/api/query/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/query/audit")).isTrue();
    }
}

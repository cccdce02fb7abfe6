package io.lifeline.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A tiny OpenID Connect provider on a loopback port: a discovery document and a JWK set with one
 * RSA key, and RS256 tokens signed with it, so tests need no internet.
 */
public final class TestIdentityProvider implements AutoCloseable {
    public static final String AUDIENCE = "lifeline-api";
    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;

    private TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        serve("/idp/.well-known/openid-configuration", () -> "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwkSetUri()
                + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"],\"subject_types_supported\":[\"public\"]}");
        serve("/idp/jwks", () -> new JWKSet(key.toPublicJWK()).toString());
        server.start();
    }

    public static TestIdentityProvider start() {
        return new TestIdentityProvider();
    }

    private void serve(String path, java.util.function.Supplier<String> body) {
        server.createContext(path, exchange -> {
            byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (var out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/idp";
    }

    public String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** A token as the provider issues it: this issuer, the audience, the given subject and claims, valid five minutes. */
    public String token(String subject, Map<String, Object> claims) {
        return sign(key, issuer(), AUDIENCE, subject, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public String token(String issuer, String audience, String subject, Map<String, Object> claims) {
        return sign(key, issuer, audience, subject, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public String expiredToken(String subject, Map<String, Object> claims) {
        return sign(key, issuer(), AUDIENCE, subject, claims, Instant.now().minus(Duration.ofMinutes(5)));
    }

    /** Right in every claim, but signed with a key the provider never published. */
    public String forgedToken(String subject, Map<String, Object> claims) {
        return sign(strangerKey, issuer(), AUDIENCE, subject, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(RSAKey with, String issuer, String audience, String subject, Map<String, Object> claims,
                               Instant expiresAt) {
        var builder = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject)
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date(expiresAt.minus(Duration.ofMinutes(10)).toEpochMilli()))
                .expirationTime(Date.from(expiresAt));
        claims.forEach(builder::claim);
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), builder.build());
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

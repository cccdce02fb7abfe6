package io.lifeline.bridge;

import io.lifeline.testsupport.TestKafka;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import io.lifeline.bridge.commands.CommandChannel;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service starts on its own configuration, answers health, and accepts only Lifeline-signed tokens. */
@SpringBootTest(classes = WebSocketBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + WebSocketBridgeApplication.CONFIG_NAME,
                "lifeline.security.jwt-secret=a-test-only-secret-of-more-than-thirty-two-bytes"})
class WebSocketBridgeSmokeIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Value("${lifeline.security.jwt-secret}")
    String secret;

    private int get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String token(String key) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("device-0123456789abcdef").issuer("lifeline")
                .claim("kind", "device").claim("roles", List.of("DEVICE"))
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void holdsAsManyConnectionsAsItsSettingSays() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxConnections())
                .as("LIFELINE_BRIDGE_MAX_CONNECTIONS's default, not Tomcat's 8,192").isEqualTo(18_000);
    }

    @Autowired
    CommandChannel commands;

    @Test
    void forwardsCommandsDurablyAndLingersAsLongAsItsSettingSays() {
        assertThat(commands.getProducerFactory().getConfigurationProperties())
                .as("acks all, idempotent, and LIFELINE_KAFKA_LINGER_MS's default")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 2);
    }

    @Test
    void startsAndAnswersHealth() throws Exception {
        assertThat(get("/actuator/health", null)).isEqualTo(200);
    }

    @Test
    void refusesRequestsWithoutALifelineToken() throws Exception {
        assertThat(get("/api/anything", null)).isEqualTo(401);
        assertThat(get("/api/anything", token("a-different-secret-of-thirty-two-bytes!"))).isEqualTo(401);
        assertThat(get("/api/anything", token(secret))).isEqualTo(404);
    }

    @Test
    void onlyStaffSeeWhoIsOnline() throws Exception {
        assertThat(get("/ws/presence", null)).isEqualTo(401);
        assertThat(get("/ws/presence", token(secret))).isEqualTo(403);
    }
}

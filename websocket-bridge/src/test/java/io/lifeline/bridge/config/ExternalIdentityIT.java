package io.lifeline.bridge.config;

import io.lifeline.testsupport.TestIdentityProvider;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.testsupport.TestKafka;
import io.lifeline.bridge.WebSocketBridgeApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With an external provider configured (by its issuer only), the bridge takes its staff tokens at the handshake and on requests. */
@SpringBootTest(classes = WebSocketBridgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + WebSocketBridgeApplication.CONFIG_NAME,
                "lifeline.security.jwt-secret=a-test-only-secret-of-more-than-thirty-two-bytes",
                "lifeline.security.oidc.audience=" + TestIdentityProvider.AUDIENCE,
                "lifeline.security.oidc.role-mapping=lifeline-agents=AGENT"})
class ExternalIdentityIT {
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        registry.add("lifeline.security.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Value("${local.server.port}")
    int port;

    private int get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, Object> agent() {
        return Map.of("roles", List.of("lifeline-agents"), "preferred_username", "eve");
    }

    @Test
    void aProviderStaffTokenIsAcceptedAndAWrongAudienceOrIssuerIsNot() throws Exception {
        assertThat(get("/ws/presence", PROVIDER.token("eve", agent()))).isEqualTo(200);
        assertThat(get("/ws/presence", PROVIDER.token(PROVIDER.issuer(), "not-lifeline", "eve", agent()))).isEqualTo(401);
        assertThat(get("/ws/presence", PROVIDER.token("http://127.0.0.1:1/elsewhere", TestIdentityProvider.AUDIENCE, "eve",
                agent()))).isEqualTo(401);
        assertThat(get("/ws/presence", PROVIDER.token("eve", Map.of("roles", List.of("guests"))))).isEqualTo(401);
    }

    @Test
    void theHandshakeTakesAProviderToken() throws Exception {
        URI ws = URI.create("ws://localhost:" + port + "/ws");
        WebSocket socket = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (socket == null) {
            try {
                socket = http.newWebSocketBuilder().header("Authorization", "Bearer " + PROVIDER.token("eve", agent()))
                        .buildAsync(ws, new WebSocket.Listener() { }).join();
            } catch (CompletionException refused) {
                if (!String.valueOf(refused.getCause()).contains("503") || System.nanoTime() > deadline) {
                    throw refused; // 503 only until the bridge's live stream flows
                }
                Thread.sleep(200);
            }
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }
}

package io.lifeline.bridge.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class UpstreamTest {
    private final AtomicReference<String> forwardedFor = new AtomicReference<>();
    private final Upstream upstream = new Upstream(JsonMapper.builder().build());
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            forwardedFor.set(exchange.getRequestHeaders().getFirst("X-Forwarded-For"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/limited", exchange -> {
            byte[] problem = "{\"code\":\"rate-limited\",\"detail\":\"too many requests from this device\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "17");
            exchange.sendResponseHeaders(429, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theClientsAddressTravelsSoTheServicesCountTheClientNotTheBridge() throws Exception {
        upstream.get(uri("/ok"), "token", InetAddress.getByName("203.0.113.9"));
        assertThat(forwardedFor.get()).isEqualTo("203.0.113.9");
        upstream.get(uri("/ok"), "token", null);
        assertThat(forwardedFor.get()).isNull();
    }

    @Test
    void aRateLimitedCallBecomesARefusalThatSaysWhenToRetry() {
        UpstreamRefusal refusal = catchThrowableOfType(UpstreamRefusal.class,
                () -> upstream.post(uri("/limited"), "token", null, java.util.Map.of()));
        assertThat(refusal.code()).isEqualTo("rate-limited");
        assertThat(refusal.retryAfterSeconds()).isEqualTo(17L);
        assertThat(refusal.getMessage()).isEqualTo("too many requests from this device");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}

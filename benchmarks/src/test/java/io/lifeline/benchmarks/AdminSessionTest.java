package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a loopback server that issues tokens living two seconds, as the command side issues ten-minute ones. */
class AdminSessionTest {
    private final AtomicInteger signIns = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/sessions/staff", exchange -> {
            int n = signIns.incrementAndGet();
            byte[] body = """
                    {"staffId":"admin-id","session":{"token":"token-%d","expiresAt":"%s"}}"""
                    .formatted(n, Instant.now().plusSeconds(2)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void signsInAgainOnceTheTokenIsPastHalfItsLifeAndNotBefore() throws Exception {
        var api = new LifelineApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), HttpClient.newHttpClient());
        var admin = new AdminSession(api, "secret");

        assertThat(admin.token()).isEqualTo("token-1");
        assertThat(admin.token()).isEqualTo("token-1");
        Thread.sleep(1_200);

        assertThat(admin.token()).isEqualTo("token-2");
        assertThat(signIns).hasValue(2);
    }
}

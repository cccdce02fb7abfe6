package io.lifeline.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The headers browsers act on, as a client gets them through the edge: a policy that lets nothing
 * run in an API answer, Swagger UI held to its own scripts, no sniffing or framing, no cross-origin
 * access, and HSTS only where TLS is in front.
 */
class SecurityHeadersIT {
    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyApiAnswerForbidsScriptsFramingAndSniffingFromEachService() throws Exception {
        var lifeline = StandaloneForTests.shared();
        var device = lifeline.newDevice();
        String conversation = lifeline.startConversation(device.token(), "Headers");
        var answers = java.util.List.of(
                lifeline.send("GET", "/api/query/inbox", lifeline.adminToken(), null),          // query side
                lifeline.send("POST", "/api/conversations/" + conversation + "/messages", device.token(),
                        java.util.Map.of("clientMessageId", "h-1", "text", "hi")),             // command side
                lifeline.send("GET", "/ws/presence", lifeline.adminToken(), null),              // bridge
                lifeline.send("GET", "/api/query/inbox", null, null));                          // a refusal
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP, no TLS proxy").isEmpty();
        }
        assertThat(answers.get(3).statusCode()).isEqualTo(401);
    }

    @Test
    void swaggerUiMayRunOnlyItsOwnScripts() throws Exception {
        var lifeline = StandaloneForTests.shared();
        HttpResponse<String> page = get(URI.create(lifeline.base() + "/swagger-ui/index.html"), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self';").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
    }

    @Test
    void noOtherOriginIsAllowedToCallTheApi() throws Exception {
        var lifeline = StandaloneForTests.shared();
        var preflight = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/query/inbox"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
        var call = http.send(HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/query/inbox"))
                .header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + lifeline.adminToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void behindATlsProxyEveryAnswerCarriesHsts() throws Exception {
        var lifeline = StandaloneForTests.shared();
        try (RunningService bridge = lifeline.bridges().start(0, "--lifeline.http.behind-tls=true",
                "--lifeline.http.hsts-max-age=30d")) {
            HttpResponse<String> answer = get(URI.create("http://127.0.0.1:" + bridge.port() + "/ws/presence"), null);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .hasValue("max-age=2592000 ; includeSubDomains");
        }
    }

    private static HttpResponse<String> get(URI uri, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

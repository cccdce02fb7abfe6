package io.lifeline.command.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins configure sites over REST, each change an event; a site's allowed origins hold for its
 * visitors' session starts and for every later request their token makes from a browser page.
 */
class SiteApiIT extends CommandSideIntegrationTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminConfiguresASiteAndEveryChangedPartIsAnAuditedEvent() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String site = newSite();
        api.put("/api/sites/" + site, admin, Map.of("name", "Harbour", "greeting", "Hello!",
                "allowedOrigins", List.of("https://Shop.Example"))).expectStatus(204);
        api.put("/api/sites/" + site, admin, Map.of("name", "Harbour", "greeting", "Hello!",
                "allowedOrigins", List.of("https://shop.example"))).expectStatus(204); // the same again: nothing new
        api.put("/api/sites/" + site, admin, Map.of("name", "Harbour", "greeting", "Hello!", "position", "BOTTOM_LEFT",
                "businessHours", Map.of("timeZone", "Europe/Berlin", "hours",
                        List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "17:00"))),
                "allowedOrigins", List.of("https://shop.example"))).expectStatus(204);

        List<String> events = jdbc.sql("""
                        SELECT payloadtype FROM event_store.domainevententry WHERE aggregateidentifier = :stream
                        ORDER BY sequencenumber""").param("stream", "site:" + site).query(String.class).list();
        assertThat(events).containsExactly("io.lifeline.contracts.site.SiteCreated",
                "io.lifeline.contracts.site.SiteGreetingChanged", "io.lifeline.contracts.site.AllowedOriginsChanged",
                "io.lifeline.contracts.site.SiteAppearanceChanged", "io.lifeline.contracts.site.BusinessHoursChanged");
        String actor = jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM event_store.domainevententry
                        WHERE aggregateidentifier = :stream AND sequencenumber = 0""").param("stream", "site:" + site)
                .query(String.class).single();
        assertThat(actor).contains("\"actor\":\"staff:");
    }

    @Test
    void configuringASiteIsForAdminsAndItsShapeIsChecked() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String device = api.deviceToken(newDeviceId());
        assertProblem(api.put("/api/sites/" + newSite(), device, Map.of("name", "Mine")), 403, "admin-required");
        assertProblem(api.put("/api/sites/Not_A_Site", admin, Map.of("name", "Shop")), 400, "invalid-request");
        assertProblem(api.put("/api/sites/" + newSite(), admin, Map.of("name", "Shop",
                "allowedOrigins", List.of("https://shop.example/path"))), 400, "invalid-request");
        assertProblem(api.put("/api/sites/" + newSite(), admin, Map.of("name", "Shop",
                "businessHours", Map.of("timeZone", "Nowhere/City", "hours", List.of()))), 400, "invalid-request");
        assertProblem(api.put("/api/sites/" + newSite(), admin, Map.of("name", "Shop", "colours",
                Map.of("accent", "blue", "onAccent", "#ffffff"))), 400, "invalid-request");
    }

    @Test
    void aPageOnAnOriginTheSiteDoesNotAllowCannotStartASessionOrActWithItsToken() throws Exception {
        String admin = api().staffToken("admin", ADMIN_PASSWORD);
        String site = newSite();
        api().put("/api/sites/" + site, admin, Map.of("name", "Shop", "allowedOrigins", List.of("https://shop.example")))
                .expectStatus(204);

        HttpResponse<String> refused = sessionFrom("https://evil.example", site);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(refused.body()).path("code").asString()).isEqualTo("origin-not-allowed");
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                .as("no site allows that origin: no page there may read Lifeline's answers").isEmpty();
        HttpResponse<String> otherSite = sessionFrom("https://shop.example", site + "-other");
        assertThat(otherSite.statusCode()).isEqualTo(400); // unknown-site
        assertThat(otherSite.headers().firstValue("Access-Control-Allow-Origin")).as("a page some site allows reads why")
                .contains("https://shop.example");
        assertThat(json.readTree(sessionFrom("https://shop.example", null).body()).path("code").asString())
                .as("a page elsewhere that names no site").isEqualTo("origin-not-allowed");

        HttpResponse<String> allowed = sessionFrom("https://shop.example", site);
        assertThat(allowed.statusCode()).isEqualTo(201);
        String token = json.readTree(allowed.body()).path("token").asString();
        assertThat(claims(token).path("site").asString()).isEqualTo(site);

        String start = json.writeValueAsString(Map.of("channel", "WIDGET", "subject", "Hi",
                "firstMessage", Map.of("clientMessageId", "m-1", "text", "hello")));
        assertThat(call("POST", "/api/conversations", token, "https://shop.example", start).statusCode()).isEqualTo(201);
        HttpResponse<String> elsewhere = call("POST", "/api/conversations", token, "https://evil.example", start);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(json.readTree(elsewhere.body()).path("code").asString()).isEqualTo("origin-not-allowed");
        assertThat(call("POST", "/api/conversations", token, null, start).statusCode())
                .as("no Origin: not a browser page").isIn(200, 201);

        // Staff and site-less devices act from Lifeline's own pages only.
        String register = json.writeValueAsString(Map.of("username", "x", "displayName", "X", "role", "AGENT", "password", "short"));
        HttpResponse<String> staffElsewhere = call("POST", "/api/staff", admin, "https://shop.example", register);
        assertThat(json.readTree(staffElsewhere.body()).path("code").asString()).isEqualTo("origin-not-allowed");
        HttpResponse<String> staffAtHome = call("POST", "/api/staff", admin, "http://localhost:" + port, register);
        assertThat(json.readTree(staffAtHome.body()).path("code").asString()).as("reaches the rules").isEqualTo("weak-password");
    }

    @Test
    void pagesOnOriginsASiteAllowsMayCallAcrossOriginsWithoutCredentialsOthersMayNot() throws Exception {
        api().put("/api/sites/" + newSite(), api().staffToken("admin", ADMIN_PASSWORD),
                Map.of("name", "Shop", "allowedOrigins", List.of("https://cors.example"))).expectStatus(204);
        var preflight = preflight("https://cors.example");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://cors.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight("https://nobodys.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions/device"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSiteRouteIsDocumented() {
        assertThat(api().get("/v3/api-docs", null).expectStatus(200).body().path("paths").has("/api/sites/{siteId}")).isTrue();
    }

    private HttpResponse<String> sessionFrom(String origin, String site) throws Exception {
        var body = new java.util.HashMap<String, Object>(Map.of("deviceId", newDeviceId()));
        if (site != null) {
            body.put("siteId", site);
        }
        return call("POST", "/api/sessions/device", null, origin, json.writeValueAsString(body));
    }

    private HttpResponse<String> call(String method, String path, String token, String origin, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (origin != null) request.header("Origin", origin);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String token) {
        return json.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static String newSite() {
        return "site-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertProblem(TestApi.Response response, int status, String code) {
        response.expectStatus(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}

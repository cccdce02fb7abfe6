package io.lifeline.standalone.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configures the sample site {@code demo} the first time the standalone starts: signed in as the
 * admin, through the same REST route an admin uses, so it is an event like any other site's
 * configuration. Left alone once it exists, so an admin's changes to it survive restarts. Its
 * widget runs only on Lifeline's own origin (the page at {@code /demo}).
 */
public final class DemoSite {
    public static final String SITE_ID = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSite.class);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();
    static final Map<String, Object> SETTINGS = Map.of(
            "name", "Lifeline demo",
            "colours", Map.of("accent", "#0b6e4f", "onAccent", "#ffffff"),
            "position", "BOTTOM_RIGHT",
            "greeting", "Hi! This is Lifeline's demo site. Write anything: an admin answers from Swagger UI or curl.",
            "awayText", "We are away right now. Leave a message and we will answer when we are back.",
            "preChatFields", List.of(),
            "allowedOrigins", List.of());

    private DemoSite() {
    }

    /** Creates the site unless it exists; a failure is logged, never fatal: only the demo needs it. */
    public static void ensure(URI commandSide, URI querySide, String adminUsername, Optional<String> adminPassword) {
        try {
            if (exists(querySide)) {
                return;
            }
            if (adminPassword.isEmpty()) {
                log.info("The demo site is not configured: no admin password to configure it with");
                return;
            }
            String token = json.readTree(send(commandSide, "POST", "/api/sessions/staff", null,
                            Map.of("username", adminUsername, "password", adminPassword.get())).body())
                    .path("session").path("token").asString();
            try {
                HttpResponse<String> configured = send(commandSide, "PUT", "/api/sites/" + SITE_ID, token, SETTINGS);
                if (configured.statusCode() != 204) {
                    log.warn("Could not configure the demo site: {} {}", configured.statusCode(), configured.body());
                }
            } finally { // the session was for this one change: it ends here rather than idling for hours
                send(commandSide, "POST", "/api/sessions/staff/logout", token, null);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not configure the demo site: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exists(URI querySide) throws IOException, InterruptedException {
        return send(querySide, "GET", "/api/query/sites/" + SITE_ID + "/widget", null, null).statusCode() == 200;
    }

    private static HttpResponse<String> send(URI service, String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package io.lifeline.bridge.upstream;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the command and query sides as the client itself (its bearer token, and its
 * address in {@code X-Forwarded-For} so their rate limits count the client), so they decide what it
 * may see and do. 2xx answers their JSON; 4xx becomes an {@link UpstreamRefusal} with the problem's
 * code (and {@code Retry-After} for a 429); anything else an {@link UpstreamUnavailable}.
 */
@Component
public class Upstream {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json;

    Upstream(JsonMapper json) {
        this.json = json;
    }

    /** @param client the client's address, null when unknown */
    public JsonNode get(URI uri, String token, InetAddress client) {
        return call(request(uri, token, client).GET().build());
    }

    public JsonNode post(URI uri, String token, InetAddress client, Object body) {
        return call(request(uri, token, client).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private static HttpRequest.Builder request(URI uri, String token, InetAddress client) {
        var request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (client != null) {
            request.header("X-Forwarded-For", client.getHostAddress());
        }
        return request;
    }

    private JsonNode call(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UpstreamUnavailable("could not reach " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailable("interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        }
        if (status >= 400 && status < 500) {
            throw refusal(status, response.body(), status == 429 ? retryAfter(response) : null);
        }
        throw new UpstreamUnavailable("answered " + status, null);
    }

    /** Lifeline's services send seconds; a date or anything else is read as "soon". */
    private static Long retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Retry-After").map(seconds -> Math.max(1, Long.parseLong(seconds.strip())))
                    .orElse(null);
        } catch (NumberFormatException notSeconds) {
            return 1L;
        }
    }

    private UpstreamRefusal refusal(int status, String body, Long retryAfterSeconds) {
        JsonNode problem = parse(body);
        String code = problem.path("code").asString(null);
        if (code == null) {
            code = switch (status) {
                case 401 -> "unauthorized";
                case 403 -> "forbidden";
                case 404 -> "not-found";
                case 409 -> "conflict";
                case 429 -> "rate-limited";
                default -> "invalid";
            };
        }
        String detail = problem.path("detail").asString(problem.path("title").asString("refused"));
        return new UpstreamRefusal(status, code, detail, retryAfterSeconds);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (RuntimeException notJson) {
            return json.createObjectNode();
        }
    }
}

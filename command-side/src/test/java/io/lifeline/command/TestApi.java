package io.lifeline.command;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the command API, as a mobile app or the admin console would use it. */
public final class TestApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public TestApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, JsonNode body, String contentType) {
        /** Fails with the whole answer in the message, so a failing test says what the server said. */
        public Response expectStatus(int expected) {
            if (status != expected) throw new AssertionError("expected HTTP " + expected + " but got " + this);
            return this;
        }

        public String text(String field) {
            return body.path(field).asString();
        }
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response postRaw(String path, String token, String rawJson) {
        return exchange("POST", path, token, rawJson);
    }

    /** A multipart upload with one part {@code file}, as a browser's form or a mobile app sends it. */
    public Response upload(String path, String token, String filename, byte[] content) {
        String boundary = "lifeline-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose answer is kept as bytes, with its headers, as a download is. */
    public HttpResponse<byte[]> download(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String deviceToken(String deviceId) {
        return deviceSession(deviceId).text("token");
    }

    /** The session of a device presenting its secret id: a token and the public id it is known by. */
    public Response deviceSession(String deviceId) {
        return post("/api/sessions/device", null, Map.of("deviceId", deviceId)).expectStatus(201);
    }

    public String staffToken(String username, String password) {
        return staffSession(username, password).body().path("session").path("token").asString();
    }

    /** A staff sign-in's whole answer: session.token, session.refreshToken, session.id, staffId, role. */
    public Response staffSession(String username, String password) {
        Response session = post("/api/sessions/staff", null, Map.of("username", username, "password", password));
        if (session.status() != 201) throw new AssertionError("staff sign-in failed: " + session);
        return session;
    }

    private Response send(String method, String path, String token, Object body) {
        return exchange(method, path, token, body == null ? null : JSON.writeValueAsString(body));
    }

    private Response exchange(String method, String path, String token, String json) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.lifeline.standalone.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API documents as a client gets them through the edge: the command and query OpenAPI
 * documents with a title, a version and the bearer scheme on every secured operation, no internal
 * parameter, every error answer documented as a problem detail, nullable fields marked, and the
 * AsyncAPI document of the WebSocket protocol served and linked.
 */
class ApiDocumentsIT {
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String COMMANDS = "/v3/api-docs";
    private static final String QUERIES = "/api/query/v3/api-docs";
    /** What anyone may call: signing in, refreshing and signing out (SecurityConfig's permitted routes). */
    private static final Set<String> PUBLIC = Set.of("POST /api/sessions/device", "POST /api/sessions/staff",
            "POST /api/sessions/staff/refresh", "POST /api/sessions/staff/logout", "GET /api/query/sites/{siteId}/widget");

    @ParameterizedTest
    @ValueSource(strings = {COMMANDS, QUERIES})
    void eachDocumentHasATitleAVersionAndTheBearerSchemeOnEverySecuredOperation(String path) throws Exception {
        JsonNode document = document(path);

        assertThat(document.at("/info/title").asString()).isNotBlank();
        assertThat(document.at("/info/version").asString()).isNotBlank();
        JsonNode bearer = document.at("/components/securitySchemes/bearer");
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");
        for (var operation : operations(document)) {
            JsonNode security = operation.node().get("security");
            if (PUBLIC.contains(operation.name())) {
                assertThat(security).as(operation.name()).isNotNull();
                assertThat(security.isEmpty()).as(operation.name() + " needs no token").isTrue();
            } else {
                assertThat(security).as(operation.name() + " keeps the document's bearer requirement").isNull();
            }
        }
    }

    @Test
    void swaggerUiCallsTheQuerySideThroughTheEdgeWithTheTokenAuthorizeTakes() throws Exception {
        var lifeline = StandaloneForTests.shared();
        JsonNode queries = document(QUERIES);
        JsonNode config = json.readTree(lifeline.send("GET", "/v3/api-docs/swagger-config", null, null).body());

        assertThat(queries.at("/servers/0/url").asString()).isEqualTo(lifeline.base());
        assertThat(config.get("urls").toString()).contains("\"url\":\"" + COMMANDS + "\"").contains("\"url\":\"" + QUERIES + "\"");
        assertThat(lifeline.status("GET", "/api/query/inbox", lifeline.adminToken(), null)).isEqualTo(200);
        assertThat(lifeline.status("GET", "/api/query/inbox", null, null)).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {COMMANDS, QUERIES})
    void noOperationTakesWhoActsAsAParameter(String path) throws Exception {
        for (var operation : operations(document(path))) {
            for (JsonNode parameter : operation.node().path("parameters")) {
                assertThat(parameter.get("name").asString()).as(operation.name()).isNotEqualTo("acting");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {COMMANDS, QUERIES})
    void everyOperationDocumentsItsErrorsAsProblemDetails(String path) throws Exception {
        JsonNode document = document(path);
        assertThat(document.at("/components/schemas/ProblemDetail/properties/code/type").asString()).isEqualTo("string");
        for (var operation : operations(document)) {
            JsonNode responses = operation.node().get("responses");
            boolean secured = !PUBLIC.contains(operation.name());
            boolean namesSomething = operation.node().path("parameters").valueStream()
                    .anyMatch(parameter -> parameter.get("in").asString().equals("path"));
            boolean takesInput = operation.node().has("requestBody") || !operation.node().path("parameters").isEmpty();
            List<String> expected = new ArrayList<>(List.of("401", "429")); // a token sent is judged even where none is needed
            if (takesInput) {
                expected.add("400");
            }
            if (secured) {
                expected.add("403");
            }
            if (namesSomething) {
                expected.add("404");
            }
            if (path.equals(COMMANDS) && secured && !operation.name().startsWith("GET")) {
                expected.add("409");
            }
            assertThat(responses.propertyNames()).as(operation.name()).containsAll(expected);
            for (String status : responses.propertyNames()) {
                if (!status.startsWith("4")) {
                    continue;
                }
                JsonNode content = responses.get(status).get("content");
                assertThat(content.propertyNames()).as(operation.name() + " " + status).containsExactly("application/problem+json");
                assertThat(content.at("/application~1problem+json/schema/$ref").asString())
                        .isEqualTo("#/components/schemas/ProblemDetail");
            }
            assertThat(responses.at("/429/headers/Retry-After")).as(operation.name()).isNotNull();
        }
    }

    @Test
    void fieldsThatMayBeNullAreMarkedNullable() throws Exception {
        JsonNode queries = document(QUERIES).at("/components/schemas");
        JsonNode commands = document(COMMANDS).at("/components/schemas");

        assertThat(queries.at("/InboxItem/properties/assignee/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(queries.at("/InboxItem/properties/hasUrgent/type").asString()).as("a primitive").isEqualTo("boolean");
        assertThat(queries.at("/InboxItem/properties/labels/type").asString()).as("a list, empty at worst").isEqualTo("array");
        assertThat(commands.at("/StartRequest/properties/channel/type").asString()).as("@NotNull").isEqualTo("string");
        assertThat(commands.at("/StartRequest/properties/priority/enum").toString()).contains("null");
        assertThat(commands.at("/StartRequest/properties/location/anyOf").toString())
                .isEqualTo("[{\"$ref\":\"#/components/schemas/Location\"},{\"type\":\"null\"}]");
    }

    @Test
    void theAsyncApiDocumentIsServedAndBothOpenApiDocumentsLinkIt() throws Exception {
        var lifeline = StandaloneForTests.shared();
        HttpResponse<String> asyncApi = lifeline.send("GET", "/asyncapi.yaml", null, null);

        assertThat(asyncApi.statusCode()).isEqualTo(200);
        assertThat(asyncApi.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
        assertThat(asyncApi.body()).isEqualTo(Files.readString(Path.of("../docs/asyncapi.yaml")));
        for (String path : List.of(COMMANDS, QUERIES)) {
            assertThat(document(path).at("/info/description").asString()).as(path)
                    .contains("(/asyncapi.yaml)").contains("(" + COMMANDS + ")").contains("(" + QUERIES + ")");
        }
    }

    private static JsonNode document(String path) throws Exception {
        HttpResponse<String> answer = StandaloneForTests.shared().send("GET", path, null, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private record NamedOperation(String name, JsonNode node) {}

    private static List<NamedOperation> operations(JsonNode document) {
        var operations = new ArrayList<NamedOperation>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(new NamedOperation(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                        operation.getValue()));
            }
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }
}

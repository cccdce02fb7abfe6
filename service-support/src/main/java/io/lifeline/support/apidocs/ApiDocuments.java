package io.lifeline.support.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the command side's and the query side's OpenAPI documents share: their info (with links to
 * each other and to the AsyncAPI document of the WebSocket protocol), the bearer JWT scheme, the
 * problem-details schema every error answer uses, and the error answers themselves.
 */
public final class ApiDocuments {
    /** Where the AsyncAPI document of the WebSocket protocol is served, on the one client address. */
    public static final String ASYNCAPI_PATH = "/asyncapi.yaml";
    public static final String COMMANDS_PATH = "/v3/api-docs";
    public static final String QUERIES_PATH = "/api/query/v3/api-docs";
    public static final String BEARER = "bearer";
    public static final String PROBLEM = "ProblemDetail";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String VERSION = "v1";

    private static final Map<Integer, String> DEFAULT_REASONS = Map.of(
            400, "Not valid: a malformed id, parameter or body (`invalid-request`, with `errors` per field), "
                    + "or a value a rule refuses (the rule's own code)",
            401, "No valid bearer token, or it expired or was revoked (`unauthorized`)",
            403, "The caller's role, or its part in the conversation, does not allow this (`forbidden`, "
                    + "`not-a-participant`, `action-not-permitted`)",
            404, "Not there, or not the caller's to see: both are answered alike",
            409, "The current state refuses it (for example `conversation-closed`), or it changed meanwhile "
                    + "(`concurrent-change`: try again)",
            413, "The upload is larger than allowed (`attachment-too-large`)",
            415, "The body's media type is not one this operation accepts",
            429, "Too many requests from this caller or address (`rate-limited`); `Retry-After` says when to try again");

    private ApiDocuments() {
    }

    /**
     * A document with a title, the API version, a description that links the other documents, and
     * the bearer scheme required by every operation that does not clear it.
     */
    public static OpenAPI document(String title, String description) {
        String links = "\n\nThe documents of Lifeline's API:\n"
                + "- commands (REST): [" + COMMANDS_PATH + "](" + COMMANDS_PATH + ")\n"
                + "- queries (REST): [" + QUERIES_PATH + "](" + QUERIES_PATH + ")\n"
                + "- the WebSocket protocol (AsyncAPI 3): [" + ASYNCAPI_PATH + "](" + ASYNCAPI_PATH + ")\n\n"
                + "Sign in (`POST /api/sessions/staff` or `POST /api/sessions/device`), then give the token to "
                + "**Authorize**. Each operation lists the errors it can answer: RFC 9457 problem details "
                + "(`application/problem+json`), with a stable `code` on those Lifeline raises itself.";
        return new OpenAPI()
                .info(new Info().title(title).version(VERSION).description(description + links)
                        .contact(new Contact().name("Lifeline maintainers")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A device or staff access token from the sign-in operations")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Documents an error answer, keeping one the operation already names; {@link #tidy} gives every
     * error answer its problem body and headers.
     */
    public static void answers(Operation operation, int status) {
        answers(operation, status, DEFAULT_REASONS.get(status));
    }

    public static void answers(Operation operation, int status, String reason) {
        String code = Integer.toString(status);
        if (responses(operation).get(code) == null) {
            responses(operation).addApiResponse(code, new ApiResponse().description(Objects.requireNonNull(reason, "reason for " + status)));
        }
    }

    /** Whether an operation needs the bearer token: it does unless it clears the document's requirement. */
    public static boolean secured(Operation operation) {
        return operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    }

    /** Whether an operation takes a path variable (and so may name something that is not there). */
    public static boolean namesSomething(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
    }

    /** Whether an operation reads anything from the request that could be malformed. */
    public static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    /**
     * Declares every tag an operation uses (keeping the descriptions controllers gave), sorts each
     * operation's answers by status, and gives every error answer the problem body (an annotated
     * one too, which springdoc gives the method's own type) and its headers: {@code WWW-Authenticate}
     * on 401, {@code Retry-After} on 429. The statuses in {@code withoutBody} are answered with
     * headers only.
     */
    public static void tidy(OpenAPI document, Set<Integer> withoutBody) {
        Map<String, Tag> tags = new TreeMap<>();
        if (document.getTags() != null) {
            document.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        if (document.getPaths() != null) {
            document.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    operation.getTags().forEach(name -> tags.computeIfAbsent(name, n -> new Tag().name(n)));
                }
                if (operation.getResponses() != null) {
                    var sorted = new ApiResponses();
                    operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .forEach(entry -> sorted.addApiResponse(entry.getKey(), error(entry.getKey(), entry.getValue(), withoutBody)));
                    sorted.setExtensions(operation.getResponses().getExtensions());
                    operation.setResponses(sorted);
                }
            }));
        }
        document.setTags(tags.values().stream().sorted(Comparator.comparing(Tag::getName)).toList());
        // springdoc drops schemas no operation referred to before this runs; the problem is referred to from here on
        document.getComponents().addSchemas(PROBLEM, problemSchema());
    }

    private static ApiResponse error(String code, ApiResponse response, Set<Integer> withoutBody) {
        int status = code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
        if (status < 400) {
            return response;
        }
        if (withoutBody.contains(status)) {
            response.setContent(null);
        } else {
            response.content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
        }
        if (status == 401) {
            header(response, "WWW-Authenticate", "`Bearer`, with the error when a token was refused", "string");
        }
        if (status == 429) {
            header(response, "Retry-After", "Seconds to wait before trying again", "integer");
        }
        return response;
    }

    private static void header(ApiResponse response, String name, String description, String type) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeaderObject(name, new Header().description(description)
                    .schema(new JsonSchema().types(Set.of(type)).specVersion(SpecVersion.V31)));
        }
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI naming the kind of problem: `urn:lifeline:problem:` and the code; absent for `about:blank` "
                + "(an error the web framework answers itself, such as a missing parameter)")
                .format("uri-reference"));
        properties.put("title", string("The HTTP status's reason phrase"));
        properties.put("status", new JsonSchema().types(Set.of("integer")).format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status code"));
        properties.put("detail", string("What went wrong, in plain words for a person"));
        properties.put("instance", string("The path of the request").format("uri-reference"));
        properties.put("code", string("A stable, machine-readable reason, such as `conversation-not-found` or `rate-limited`; "
                + "present on every problem Lifeline raises itself"));
        properties.put("errors", new JsonSchema().types(Set.of("array")).description("With `invalid-request`: the fields at fault")
                .items(new JsonSchema().types(Set.of("object"))
                        .properties(new LinkedHashMap<>(Map.of("field", string("The field's path in the body"),
                                "message", string("Why its value was refused"))))
                        .required(List.of("field", "message"))));
        properties.put("retryAfterSeconds", new JsonSchema().types(Set.of("integer")).format("int64")
                .description("With `rate-limited`: seconds to wait, as in `Retry-After`"));
        return new JsonSchema().types(Set.of("object"))
                .description("An RFC 9457 problem detail, the body of every error answer")
                .properties(properties)
                .required(List.of("title", "status"));
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}

package io.lifeline.query.config;

import io.lifeline.support.apidocs.ApiDocuments;
import io.lifeline.support.apidocs.NullableProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;

/**
 * Describes the query API for springdoc: the bearer token on every operation and, on each, the
 * error answers it can give. Every operation names the roles that may call it (403 for the others),
 * any parameter may be malformed, any id in the path may name nothing or something the caller may
 * not see (404 alike), and any caller may be rate-limited. A missing or refused token is answered
 * 401 {@code unauthorized} with {@code WWW-Authenticate}, as every service answers it.
 */
@Configuration
class OpenApiConfig {

    static {
        // An event's payload is whatever JSON its type has; a streamed export is lines of JSON.
        SpringDocUtils.getConfig()
                .replaceWithSchema(JsonNode.class, new JsonSchema().description("The event's payload: JSON whose shape its type names"))
                .replaceWithSchema(StreamingResponseBody.class, new JsonSchema().types(Set.of("string"))
                        .description("Newline-delimited JSON: one event envelope per line"));
    }

    @Bean
    OpenAPI queryApi() {
        return ApiDocuments.document("Lifeline query API",
                "Read models built from the event history: inboxes, timelines, unread counts, statistics, notifications, "
                        + "search, audit, the projections' progress and replay, event export and time travel.");
    }

    @Bean
    OperationCustomizer queryErrorAnswers() {
        return (operation, handler) -> {
            if (ApiDocuments.takesInput(operation)) {
                ApiDocuments.answers(operation, 400);
            }
            ApiDocuments.answers(operation, 401, "No valid bearer token, or it expired or was revoked (`unauthorized`); "
                    + "`WWW-Authenticate` says why");
            ApiDocuments.answers(operation, 403, "The caller's role may not read this (`forbidden`)");
            if (ApiDocuments.namesSomething(operation)) {
                ApiDocuments.answers(operation, 404);
            }
            ApiDocuments.answers(operation, 429);
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer queryTidy() {
        return document -> ApiDocuments.tidy(document, Set.of());
    }

    @Bean
    NullableProperties nullableProperties() {
        return new NullableProperties();
    }
}

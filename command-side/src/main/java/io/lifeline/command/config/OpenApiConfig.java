package io.lifeline.command.config;

import io.lifeline.command.identity.Acting;
import io.lifeline.support.apidocs.ApiDocuments;
import io.lifeline.support.apidocs.NullableProperties;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Describes the command API for springdoc: the bearer token on every operation but the sign-ins,
 * and on each operation the error answers it can give, as problem details. Which errors those are
 * follows the security rules and the aggregates: a token is checked wherever one is sent (on the
 * sign-ins too) and a role or participation may refuse; any id in the path may name nothing; every
 * command (a conversation's, a staff account's, an upload's) may meet a state that refuses it or a
 * concurrent change; any caller may be rate-limited.
 * An operation with answers of its own (a sign-in's 401) keeps them.
 */
@Configuration
class OpenApiConfig {

    static {
        // Who acts comes from the bearer token (CurrentActingResolver), never from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Acting.class);
    }

    @Bean
    OpenAPI commandApi() {
        return ApiDocuments.document("Lifeline command API",
                "Start conversations, send messages and manage them; sign in; manage staff accounts and attachments. "
                        + "Every answer names the ids and sequence numbers it created; a repeated command answers 200 "
                        + "with the current sequence.");
    }

    @Bean
    OperationCustomizer commandErrorAnswers() {
        return (operation, handler) -> {
            boolean command = !handler.hasMethodAnnotation(GetMapping.class);
            if (ApiDocuments.takesInput(operation)) {
                ApiDocuments.answers(operation, 400);
            }
            if (ApiDocuments.secured(operation)) {
                ApiDocuments.answers(operation, 401);
                ApiDocuments.answers(operation, 403);
            } else {
                // The resource server judges any bearer token sent, even where none is needed.
                ApiDocuments.answers(operation, 401, "A bearer token was sent and is not valid (`unauthorized`); "
                        + "leave Authorization out here");
            }
            if (ApiDocuments.namesSomething(operation)) {
                ApiDocuments.answers(operation, 404);
            }
            if (command && ApiDocuments.secured(operation)) {
                ApiDocuments.answers(operation, 409);
            }
            if (operation.getRequestBody() != null) {
                ApiDocuments.answers(operation, 415);
            }
            ApiDocuments.answers(operation, 429);
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer commandTidy() {
        return document -> ApiDocuments.tidy(document, Set.of());
    }

    @Bean
    NullableProperties nullableProperties() {
        return new NullableProperties();
    }
}

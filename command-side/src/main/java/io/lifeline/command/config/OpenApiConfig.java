package io.lifeline.command.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the command API and its bearer-token security for springdoc. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI()
                .info(new Info().title("Lifeline command API")
                        .description("Start conversations, send messages and manage them. Errors are RFC 9457 problem details.")
                        .version("v1"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}

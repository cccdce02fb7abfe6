package io.lifeline.command.config;

import io.lifeline.support.apidocs.ApiDocuments;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the AsyncAPI document of the WebSocket protocol ({@code docs/asyncapi.yaml}, copied in by
 * the build) on the client address, beside the OpenAPI documents that link to it.
 */
@RestController
@Hidden
class AsyncApiController {
    private static final Resource DOCUMENT = new ClassPathResource("api-docs/asyncapi.yaml");

    @GetMapping(value = ApiDocuments.ASYNCAPI_PATH, produces = "application/yaml")
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(DOCUMENT);
    }
}

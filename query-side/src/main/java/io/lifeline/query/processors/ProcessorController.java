package io.lifeline.query.processors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projection processors and their rebuilds, for analysts and admins. */
@RestController
@Tag(name = "Processors and replay")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ProcessorController {
    private final Processors processors;

    ProcessorController(Processors processors) {
        this.processors = processors;
    }

    @GetMapping("/api/query/processors")
    @Operation(summary = "Every projection processor with its position, lag and state",
            description = "The lag is how many events of the store the processor has still to apply.")
    List<ProcessorView> all() {
        return processors.all();
    }

    @GetMapping("/api/query/processors/{name}")
    @Operation(summary = "One processor; while it rebuilds, its progress (percent, events per second)",
            description = "404 processor-not-found for a name that is no processor.")
    ProcessorView one(@PathVariable String name) {
        return processors.one(name);
    }

    @PostMapping("/api/query/processors/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection from the start of history",
            description = "Answers at once; poll the processor to follow its progress.")
    ProcessorView rebuild(@PathVariable String name) {
        return processors.rebuild(name);
    }
}

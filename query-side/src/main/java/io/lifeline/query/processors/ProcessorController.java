package io.lifeline.query.processors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Projection processors, their rebuilds and the events they parked, for analysts and admins. */
@RestController
@Validated
@Tag(name = "Processors and replay")
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ProcessorController {
    private final Processors processors;
    private final DeadLetters deadLetters;

    ProcessorController(Processors processors, DeadLetters deadLetters) {
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/query/processors")
    @Operation(summary = "Every projection processor with its position, lag, state, segments and parked events",
            description = "The lag is how many events of the store the processor has still to apply, as the shared token "
                    + "store shows it: every query-side instance answers alike.")
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
            description = "Answers at once; poll the processor to follow its progress. Clears the processor's dead letters: "
                    + "the rebuild applies every event again.")
    ProcessorView rebuild(@PathVariable String name) {
        return processors.rebuild(name);
    }

    @GetMapping("/api/query/processors/{name}/dead-letters")
    @Operation(summary = "The events a processor parked, conversation by conversation, with why the first of each failed")
    List<DeadLetterView> deadLetters(@PathVariable String name,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(name, limit);
    }

    @PostMapping("/api/query/processors/{name}/dead-letters/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Apply every parked conversation's events again, in order",
            description = "A conversation that fails again stays parked with the new cause.")
    DeadLetterRetry retryAll(@PathVariable String name) {
        return deadLetters.retryAll(name);
    }

    @PostMapping("/api/query/processors/{name}/dead-letters/{sequenceId}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Apply one parked conversation's events again, in order")
    DeadLetterRetry retry(@PathVariable String name, @PathVariable String sequenceId) {
        return deadLetters.retry(name, sequenceId);
    }

    @DeleteMapping("/api/query/processors/{name}/dead-letters/{sequenceId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Evict one conversation's parked events",
            description = "The projection will not apply them; rebuilding it applies them again.")
    DeadLetterEviction evict(@PathVariable String name, @PathVariable String sequenceId) {
        return new DeadLetterEviction(sequenceId, deadLetters.evict(name, sequenceId));
    }
}

package io.lifeline.query.responsetargets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The response targets set now, for admins who keep them and analysts who read the stats against them. */
@RestController
@Tag(name = "Response targets")
class ResponseTargetController {
    private final ResponseTargetRepository targets;

    ResponseTargetController(ResponseTargetRepository targets) {
        this.targets = targets;
    }

    @GetMapping("/api/query/response-targets")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Every response target set (admins, analysts)",
            description = "Each with its `kind` (FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION), `priority`, `context` (null: "
                    + "every context), `within` (an ISO-8601 duration) and `businessHours` (null: calendar time), ordered by kind, priority (urgent first) and "
                    + "context (every context last). Removed targets are not listed. Admins set and remove them with "
                    + "PUT and DELETE /api/response-targets.")
    List<ResponseTargetView> all() {
        return targets.all();
    }
}

package io.lifeline.query.readlog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who among staff read a conversation, for admins and analysts. */
@RestController
@Validated
@Tag(name = "Audit")
class ConversationReadsController {
    private final ConversationReads reads;

    ConversationReadsController(ConversationReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/query/audit/conversations/{id}/reads")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Staff reads of a conversation, oldest first",
            description = "Every summary, timeline, events (also through the WebSocket bridge) and time-travel read by "
                    + "staff: staffId, role, view, readAt. Page with 'after' = the last position seen.")
    List<ConversationReadView> reads(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) long after,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return reads.of(id, after, limit);
    }
}

package io.lifeline.query.readlog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who among staff read which conversation, for admins and analysts. */
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

    @GetMapping("/api/query/audit/reads")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Staff reads of conversations, oldest first: who read what",
            description = "Every recorded read, filtered by conversationId, by staffId, both or neither: conversationId, "
                    + "staffId, role, view, readAt. Page with 'after' = the last position seen.")
    List<ConversationReadView> allReads(@RequestParam(required = false) UUID conversationId,
                                        @RequestParam(required = false) @Size(max = 64) String staffId,
                                        @RequestParam(defaultValue = "0") @Min(0) long after,
                                        @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return reads.matching(conversationId, staffId == null || staffId.isBlank() ? null : staffId.strip(), after, limit);
    }
}

package io.lifeline.query.inbox;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff inbox: the queue in urgency order, filtered, paged by cursor, and its badge counts. */
@RestController
@Validated
@Tag(name = "Inbox")
class InboxController {
    private final InboxRepository inbox;

    InboxController(InboxRepository inbox) {
        this.inbox = inbox;
    }

    record InboxPage(List<InboxItem> items, String next) {}

    @GetMapping("/api/query/inbox")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
    @Operation(summary = "Conversations in queue order",
            description = "Urgent unanswered messages first, then priority URGENT > HIGH > NORMAL > LOW, then the longest "
                    + "wait. assignee = a staff id or 'none' (the unassigned queue); mine=true = assigned to the caller; "
                    + "from/to bound created_at; missed=true = only conversations that missed a response target. Each "
                    + "item carries its running response clock due first (responseDueKind, responseDueBy) and the "
                    + "targets it missed (missedTargets). Page with cursor = the previous answer's next.")
    InboxPage inbox(@RequestParam(required = false) ConversationStatus status,
                    @RequestParam(required = false) Priority priority,
                    @RequestParam(required = false) Channel channel,
                    @RequestParam(required = false) ContextKind context,
                    @RequestParam(required = false) String assignee,
                    @RequestParam(defaultValue = "false") boolean mine,
                    @RequestParam(required = false) String label,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(defaultValue = "false") boolean missed,
                    @RequestParam(required = false) String cursor,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                    @AuthenticationPrincipal Jwt caller) {
        InboxFilter filter = InboxFilter.of(status, priority, channel, context, assignee, mine, caller.getSubject(),
                label, from, to, missed);
        List<InboxRepository.Row> rows = inbox.page(filter, cursor == null ? null : InboxCursor.decode(cursor), limit);
        String next = rows.size() == limit ? rows.get(rows.size() - 1).cursor().encode() : null;
        return new InboxPage(rows.stream().map(InboxRepository.Row::item).toList(), next);
    }

    @GetMapping("/api/query/inbox/counts")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST')")
    @Operation(summary = "How many conversations match, per status and per priority",
            description = "Takes the inbox's filters; for badges.")
    InboxCounts counts(@RequestParam(required = false) ConversationStatus status,
                       @RequestParam(required = false) Priority priority,
                       @RequestParam(required = false) Channel channel,
                       @RequestParam(required = false) ContextKind context,
                       @RequestParam(required = false) String assignee,
                       @RequestParam(defaultValue = "false") boolean mine,
                       @RequestParam(required = false) String label,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                       @AuthenticationPrincipal Jwt caller) {
        return inbox.counts(InboxFilter.of(status, priority, channel, context, assignee, mine, caller.getSubject(),
                label, from, to));
    }
}

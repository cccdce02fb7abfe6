package io.lifeline.query.timetravel;

import io.lifeline.query.config.NotVisible;
import io.lifeline.query.readlog.ConversationReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The state of one conversation as of any instant, for analysts and admins. */
@RestController
@Tag(name = "Processors and replay")
class TimeTravelController {
    private final EventStorageEngine events;
    private final ConversationReads reads;

    TimeTravelController(EventStorageEngine events, ConversationReads reads) {
        this.events = events;
        this.reads = reads;
    }

    @GetMapping("/api/query/conversations/{id}/as-of")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "A conversation's state as of an instant, folded from its events",
            description = "at: an ISO instant (default: now). 404 when the conversation did not exist yet.")
    ConversationAsOf.View asOf(@PathVariable UUID id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
                               org.springframework.security.core.Authentication caller) {
        Instant asOf = at == null ? Instant.now() : at;
        var state = new ConversationAsOf(id.toString());
        // Events only, never the command side's snapshots: their class need not exist here.
        events.readEvents(id.toString(), 0).asStream()
                .filter(event -> !event.getTimestamp().isAfter(asOf))
                .forEach((DomainEventMessage<?> event) -> state.apply(event.getPayload(), event.getSequenceNumber(),
                        event.getTimestamp()));
        if (state.isEmpty()) {
            throw new NotVisible("conversation " + id + " at " + asOf);
        }
        reads.record(id, caller, "as-of");
        return state.view(asOf);
    }
}

package io.lifeline.query.history;

import io.lifeline.query.readlog.ConversationReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A conversation's stored events after a sequence: how a reconnecting client fills its gap. */
@RestController
@Validated
@Tag(name = "Conversation timeline")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST', 'DEVICE')")
class ConversationEventsController {
    private static final Set<String> STAFF_ROLES = Set.of("ROLE_ADMIN", "ROLE_AGENT", "ROLE_ANALYST");
    private final ConversationEventReader reader;
    private final ConversationReads reads;

    ConversationEventsController(ConversationEventReader reader, ConversationReads reads) {
        this.reader = reader;
        this.reads = reads;
    }

    @GetMapping("/api/query/conversations/{id}/events")
    @Operation(summary = "A conversation's stored events after a sequence, as event envelopes",
            description = "Read from the event store itself, so it is never behind the live stream. A device sees "
                    + "its own conversations without private notes and staff organisation; anything else is a 404. "
                    + "'through' accounts for every event up to it; page on with after=through while hasMore.")
    ConversationEventPage events(@PathVariable UUID id,
                                 @RequestParam(defaultValue = "-1") @Min(-1) long after,
                                 @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
                                 Authentication caller) {
        boolean staff = caller.getAuthorities().stream().map(Object::toString).anyMatch(STAFF_ROLES::contains);
        ConversationEventPage page = reader.after(id.toString(), after, limit,
                new ConversationEventReader.Reader(caller.getName(), staff));
        reads.record(id, caller, "events");
        return page;
    }
}

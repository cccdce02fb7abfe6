package io.lifeline.query.timeline;

import io.lifeline.query.readlog.ConversationReads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A conversation's header and timeline, for its own device and for staff. */
@RestController
@Validated
@Tag(name = "Conversation timeline")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENT', 'ANALYST', 'DEVICE')")
class TimelineController {
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};
    private final ConversationAccess access;
    private final TimelineEntryRepository entries;
    private final JsonMapper json;
    private final ConversationReads reads;

    TimelineController(ConversationAccess access, TimelineEntryRepository entries, JsonMapper json,
                       ConversationReads reads) {
        this.access = access;
        this.entries = entries;
        this.json = json;
        this.reads = reads;
    }

    @GetMapping("/api/query/conversations/{id}")
    @Operation(summary = "A conversation's header: status, priority, assignee, participants, labels, last sequence",
            description = "Staff see every conversation, a device only its own; anything else is a 404.")
    ConversationSummaryView summary(@PathVariable UUID id, Authentication caller) {
        ConversationAccess.Caller visible = access.check(id, caller);
        reads.record(id, caller, "summary");
        ConversationSummaryView summary = visible.summary().toView();
        return visible.seesPrivateNotes() ? summary : summary.forDevice();
    }

    @GetMapping("/api/query/conversations/{id}/timeline")
    @Operation(summary = "A conversation's entries in sequence order, paged by sequence",
            description = "Without 'after': the newest page before 'before' (default: the end), going backwards. "
                    + "With 'after': the entries after that sequence, going forwards (to fill a gap after a reconnect). "
                    + "Entries come in ascending order; the device sees no private notes. Sequences are the store's, "
                    + "so delivery and read events leave gaps.")
    TimelinePage timeline(@PathVariable UUID id,
                          @RequestParam(required = false) @Min(0) Long before,
                          @RequestParam(required = false) @Min(-1) Long after,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                          Authentication caller) {
        ConversationAccess.Caller visible = access.check(id, caller);
        reads.record(id, caller, "timeline");
        boolean forwards = after != null;
        long from = after == null ? -1 : after;
        long to = before == null ? Long.MAX_VALUE : before;
        List<TimelineEntry> found = forwards
                ? entries.oldestFirst(id.toString(), from, to, visible.seesPrivateNotes(), limit + 1)
                : entries.newestFirst(id.toString(), from, to, visible.seesPrivateNotes(), limit + 1);
        boolean hasMore = found.size() > limit;
        List<TimelineEntry> page = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
        if (!forwards) {
            Collections.reverse(page);
        }
        List<TimelineEntryView> views = page.stream().map(entry -> entry.toView(json.readValue(entry.details(), DETAILS)))
                .toList();
        Long lowest = views.isEmpty() ? null : views.get(0).sequence();
        Long highest = views.isEmpty() ? after : Long.valueOf(views.get(views.size() - 1).sequence());
        return new TimelinePage(views, hasMore, lowest, highest, visible.summary().toView().lastSequence());
    }
}

package io.lifeline.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Streams stored events as newline-delimited JSON for analysts' own tools. */
@RestController
@Tag(name = "Processors and replay")
class EventExportController {
    static final String NDJSON = "application/x-ndjson";
    private final EventExport export;

    EventExportController(EventExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/query/events", produces = NDJSON)
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Export stored events as NDJSON, oldest first",
            description = "One JSON object per line: position, eventId, type, revision, aggregateId, sequence, "
                    + "timestamp, metadata (actor, causation, correlation) and payload exactly as stored. "
                    + "Filter by from/to (ISO instants, to exclusive), type (simple name) and conversationId.")
    StreamingResponseBody export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) UUID conversationId,
            HttpServletResponse response) throws IOException {
        var filter = new EventExport.Filter(from, to, type, conversationId);
        return ExportHead.sentBefore(response, NDJSON, out -> export.write(filter, out));
    }
}

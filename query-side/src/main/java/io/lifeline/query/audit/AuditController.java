package io.lifeline.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who did what, when, and on whose behalf: for admins and analysts. */
@RestController
@Validated
@Tag(name = "Audit")
class AuditController {
    private final AuditTrailRepository entries;

    AuditController(AuditTrailRepository entries) {
        this.entries = entries;
    }

    record AuditPage(List<AuditEntryView> entries, Long next) {}

    @GetMapping("/api/query/audit")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "The audit history in the order it was recorded",
            description = "Filter by conversation (or staff) id, actor (kind:id) and event type; page with 'after' = the "
                    + "previous page's 'next' (an entry's recordedOrder). That is store order, except that an event whose "
                    + "transaction committed after a later one's comes when it committed, so paging never misses it.")
    AuditPage audit(@RequestParam(defaultValue = "0") @Min(0) long after,
                    @RequestParam(required = false) String aggregateId,
                    @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String type,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        List<AuditEntryView> page = entries.page(after, aggregateId, actor, type, limit);
        Long next = page.size() == limit ? page.get(page.size() - 1).recordedOrder() : null;
        return new AuditPage(page, next);
    }
}

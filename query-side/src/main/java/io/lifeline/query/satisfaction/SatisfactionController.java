package io.lifeline.query.satisfaction;

import io.lifeline.query.stats.Range;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction figures for admins and analysts, and the conversations behind each. */
@RestController
@Validated
@Tag(name = "Statistics")
class SatisfactionController {
    private final SatisfactionFigures figures;
    private final SatisfactionDrillDown drillDown;

    SatisfactionController(SatisfactionFigures figures, SatisfactionDrillDown drillDown) {
        this.figures = figures;
        this.drillDown = drillDown;
    }

    @GetMapping("/api/query/stats/satisfaction")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Visitors' ratings (1 to 5) of conversations rated in a range, overall and per agent, team and context",
            description = "from/to are ISO instants (from inclusive, to exclusive; default the last 7 days). Each "
                    + "conversation counts with its latest rating; `scores` counts the ratings of 1 to 5. The agent is "
                    + "who held the conversation when it was rated, the team the one the routing desk chose.")
    SatisfactionView satisfaction(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Range range = Range.of(from, to);
        return figures.figures(range.from(), range.to());
    }

    @GetMapping("/api/query/stats/satisfaction/drill-down")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "The rated conversations behind a satisfaction figure, oldest rating first",
            description = "figure: rated (all), score:<1-5>, agent:<staffId>, agent:none, team:<teamId>, team:none or "
                    + "context:<kind>; from/to as for the figures. Each item is a conversation with its latest rating, "
                    + "when it was given and the agent who held the conversation then. Page with 'after' = the "
                    + "previous page's 'next'.")
    SatisfactionDrillDownPage drillDown(@RequestParam String figure, @RequestParam(required = false) Instant from,
                                        @RequestParam(required = false) Instant to,
                                        @RequestParam(required = false) String after,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Range range = Range.of(from, to);
        return drillDown.page(figure, range, after, limit);
    }
}

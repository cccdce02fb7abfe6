package io.lifeline.query.satisfaction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction figures for admins and analysts. */
@RestController
@Tag(name = "Statistics")
class SatisfactionController {
    private static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    private final SatisfactionFigures figures;

    SatisfactionController(SatisfactionFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/query/stats/satisfaction")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Visitors' ratings (1 to 5) of conversations rated in a range, overall and per agent, team and context",
            description = "from/to are ISO instants (from inclusive, to exclusive; default the last 7 days). Each "
                    + "conversation counts with its latest rating; `scores` counts the ratings of 1 to 5. The agent is "
                    + "who held the conversation when it was rated, the team the one the routing desk chose.")
    SatisfactionView satisfaction(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Instant end = to != null ? to : from != null ? from.plus(DEFAULT_RANGE) : Instant.now();
        Instant start = from != null ? from : end.minus(DEFAULT_RANGE);
        return figures.figures(start, end);
    }
}

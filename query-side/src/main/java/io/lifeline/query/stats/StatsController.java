package io.lifeline.query.stats;

import io.lifeline.query.config.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics for admins and analysts, and the conversations behind each figure. */
@RestController
@Validated
@Tag(name = "Statistics")
class StatsController {
    private static final Duration DEFAULT_RANGE = Duration.ofDays(7);

    private final StatsFigures figures;
    private final DrillDown drillDown;

    StatsController(StatsFigures figures, DrillDown drillDown) {
        this.figures = figures;
        this.drillDown = drillDown;
    }

    @GetMapping("/api/query/stats")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Counts, response and resolution times, traffic and per-agent figures for a range",
            description = "from/to are ISO instants (from inclusive, to exclusive; default the last 7 days). Counts are of "
                    + "conversations started in the range; each duration belongs to the range its measurement began in. "
                    + "Times are in seconds: count, average, median and 90th percentile (percentile_cont).")
    StatsView stats(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Range range = Range.of(from, to);
        return figures.figures(range.from(), range.to());
    }

    @GetMapping("/api/query/stats/drill-down")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "The conversations behind a figure, oldest first",
            description = "figure: firstResponse, resolution, reply, status:<status>, priority:<priority>, "
                    + "channel:<channel>, context:<kind>, agent:<staffId> (their first responses), "
                    + "agentReply:<staffId> (their replies) or load:<staffId> (open conversations assigned now). "
                    + "Page with 'after' = the previous page's 'next'.")
    DrillDownPage drillDown(@RequestParam String figure, @RequestParam(required = false) Instant from,
                            @RequestParam(required = false) Instant to, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Range range = Range.of(from, to);
        return drillDown.page(figure, range.from(), range.to(), after, limit);
    }

    /** The asked range; the request's clock only fills in what was not given, never the projection. */
    private record Range(Instant from, Instant to) {
        static Range of(Instant from, Instant to) {
            Instant end = to != null ? to : from != null ? from.plus(DEFAULT_RANGE) : Instant.now();
            Instant start = from != null ? from : end.minus(DEFAULT_RANGE);
            if (!start.isBefore(end)) {
                throw new InvalidParameter("from", "must be before 'to'");
            }
            return new Range(start, end);
        }
    }
}

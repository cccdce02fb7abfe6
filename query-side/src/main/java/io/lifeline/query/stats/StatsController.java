package io.lifeline.query.stats;

import io.lifeline.query.config.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.ZoneId;
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
    private final StatsFigures figures;
    private final DrillDown drillDown;

    StatsController(StatsFigures figures, DrillDown drillDown) {
        this.figures = figures;
        this.drillDown = drillDown;
    }

    @GetMapping("/api/query/stats")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Counts, response and resolution times with their distributions, per context and per agent, "
            + "and the volume over time for a range",
            description = "from/to are ISO instants (from inclusive, to exclusive; default the last 7 days). Counts are of "
                    + "conversations started in the range; each duration belongs to the range its measurement began in. "
                    + "Times are in seconds: count, average, median and 90th percentile (percentile_cont). "
                    + "firstResponseBuckets/resolutionBuckets: every bucket of the distribution (under 1 min, 1-5 min, "
                    + "5-15 min, 15-60 min, 1-4 h, 4-24 h, a day or more) with its index, edges in seconds and count. "
                    + "contexts: first response and resolution times per context kind (every kind appears). "
                    + "agents: per staff member, open conversations assigned now, first responses, replies and "
                    + "resolutions (of the cycles they resolved). volume: conversations started and messages per "
                    + "step of volumeGrain (HOUR when the range is 2 days or less, else DAY), steps begin on the clock "
                    + "of 'zone' (a tz database id such as Europe/Berlin; default UTC) and only steps with activity "
                    + "appear. messagesPerHour/messagesPerDay are the older UTC series.")
    StatsView stats(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                    @RequestParam(required = false) String zone) {
        return figures.figures(Range.of(from, to), zone(zone));
    }

    @GetMapping("/api/query/stats/drill-down")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "The conversations behind a figure, oldest first",
            description = "figure: started (conversations started in the range: a volume step drills down with the "
                    + "step's start and end as from/to), firstResponse, resolution, reply, status:<status>, "
                    + "priority:<priority>, channel:<channel>, context:<kind>, agent:<staffId> (their first responses), "
                    + "agentReply:<staffId> (their replies), agentResolution:<staffId> (the cycles they resolved), "
                    + "load:<staffId> (open conversations assigned now), contextFirstResponse:<kind>, "
                    + "contextResolution:<kind>, firstResponseBucket:<index> or resolutionBucket:<index> (a bar of "
                    + "the distribution, index 0 to 6 as in the figures). Page with 'after' = the previous page's 'next'.")
    DrillDownPage drillDown(@RequestParam String figure, @RequestParam(required = false) Instant from,
                            @RequestParam(required = false) Instant to, @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Range range = Range.of(from, to);
        return drillDown.page(figure, range.from(), range.to(), after, limit);
    }

    /**
     * A tz database id: PostgreSQL reads the same names as Java, while offsets such as "+02:00" it reads
     * the POSIX way (west of Greenwich), so they are refused rather than silently shifted.
     */
    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) return ZoneId.of("UTC");
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidParameter("zone", "must be a time zone id such as Europe/Berlin or UTC");
        }
        return ZoneId.of(zone);
    }
}

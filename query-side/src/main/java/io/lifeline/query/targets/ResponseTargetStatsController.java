package io.lifeline.query.targets;

import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
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

/** Response-target figures for admins and analysts, and the missed clocks behind them. */
@RestController
@Validated
@Tag(name = "Statistics")
class ResponseTargetStatsController {
    private static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    private final ResponseTargetStats stats;

    ResponseTargetStatsController(ResponseTargetStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/query/stats/response-targets")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "Response clocks started in a range: started, met, missed, stopped and running, per kind, priority and context",
            description = "from/to are ISO instants (from inclusive, to exclusive; default the last 7 days); a clock belongs "
                    + "to the range it started in, with the conversation's priority and context at its start. met = "
                    + "answered by staff (a SYSTEM message or private note is no answer), or for RESOLUTION resolved or "
                    + "closed, before the miss; missed = ResponseTargetMissed; stopped = a response clock ended by "
                    + "resolving or closing without an answer; running = neither yet.")
    ResponseTargetStatsView figures(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Range range = Range.of(from, to);
        return stats.figures(range.from(), range.to());
    }

    @GetMapping("/api/query/stats/response-targets/missed")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Operation(summary = "The missed response targets behind the figures, oldest miss first",
            description = "The clocks started in from/to (as the figures) that were missed, narrowed to a kind, priority "
                    + "or context if given. Page with 'after' = the previous page's 'next'.")
    MissedClocksPage missed(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                            @RequestParam(required = false) ResponseTargetKind kind,
                            @RequestParam(required = false) Priority priority,
                            @RequestParam(required = false) ContextKind context,
                            @RequestParam(required = false) String after,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Range range = Range.of(from, to);
        return stats.missed(range.from(), range.to(), kind == null ? null : kind.name(),
                priority == null ? null : priority.name(), context == null ? null : context.name(), after, limit);
    }

    /** The asked range; the request's clock only fills in what was not given. */
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

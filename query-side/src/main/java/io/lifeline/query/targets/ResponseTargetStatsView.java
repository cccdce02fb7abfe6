package io.lifeline.query.targets;

import java.time.Instant;
import java.util.List;

/** Response-target figures of the clocks started in a range: per kind, per kind and priority, per kind and context. */
record ResponseTargetStatsView(Instant from, Instant to, List<ResponseTargetFigures> byKind,
                               List<ResponseTargetFigures> byPriority, List<ResponseTargetFigures> byContext) {
    ResponseTargetStatsView {
        byKind = List.copyOf(byKind);
        byPriority = List.copyOf(byPriority);
        byContext = List.copyOf(byContext);
    }
}

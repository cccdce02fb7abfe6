package io.lifeline.query.satisfaction;

import java.time.Instant;
import java.util.List;

/**
 * Visitors' ratings of conversations rated in a range: all of them, and per agent (who held the
 * conversation when it was rated), team and context.
 */
record SatisfactionView(Instant from, Instant to, SatisfactionGroup overall, List<SatisfactionGroup> byAgent,
                        List<SatisfactionGroup> byTeam, List<SatisfactionGroup> byContext) {
    SatisfactionView {
        byAgent = List.copyOf(byAgent);
        byTeam = List.copyOf(byTeam);
        byContext = List.copyOf(byContext);
    }
}

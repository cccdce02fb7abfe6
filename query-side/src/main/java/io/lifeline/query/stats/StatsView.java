package io.lifeline.query.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures for a range: counts of the conversations started in it, the times measured from what
 * began in it, the traffic in it, and each agent's load now and response times in it.
 */
record StatsView(Instant from, Instant to, Map<String, Long> byStatus, Map<String, Long> byPriority,
                 Map<String, Long> byChannel, Map<String, Long> byContext, TimeFigure firstResponse,
                 TimeFigure resolution, TimeFigure reply, List<MessageBucket> messagesPerHour,
                 List<MessageBucket> messagesPerDay, List<AgentFigures> agents) {

    /** Durations in seconds; average, median and 90th percentile (interpolated) are null when none were measured. */
    record TimeFigure(long count, Double averageSeconds, Double medianSeconds, Double p90Seconds) {}

    /** Messages sent in one hour or day (UTC), by who wrote them; only buckets with messages appear. */
    record MessageBucket(Instant start, long total, long device, long staff, long system) {}

    /** One staff member: open conversations assigned now, and the responses they gave in the range. */
    record AgentFigures(String staffId, long openAssigned, TimeFigure firstResponse, TimeFigure reply) {}
}

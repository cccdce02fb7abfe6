package io.lifeline.query.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures for a range: counts of the conversations started in it, the times measured from what
 * began in it (with their distributions, and per context kind), the traffic in it, and each agent's
 * load now and response and resolution times in it.
 */
record StatsView(Instant from, Instant to, Map<String, Long> byStatus, Map<String, Long> byPriority,
                 Map<String, Long> byChannel, Map<String, Long> byContext, TimeFigure firstResponse,
                 TimeFigure resolution, TimeFigure reply, List<MessageBucket> messagesPerHour,
                 List<MessageBucket> messagesPerDay, List<AgentFigures> agents, List<DurationBucket> firstResponseBuckets,
                 List<DurationBucket> resolutionBuckets, List<ContextFigures> contexts, Grain volumeGrain, String zone,
                 List<VolumeBucket> volume) {

    /** Durations in seconds; average, median and 90th percentile (interpolated) are null when none were measured. */
    record TimeFigure(long count, Double averageSeconds, Double medianSeconds, Double p90Seconds) {}

    /** Messages sent in one hour or day (UTC), by who wrote them; only buckets with messages appear. */
    record MessageBucket(Instant start, long total, long device, long staff, long system) {}

    /** One staff member: open conversations assigned now, and the responses they gave and cycles they resolved in the range. */
    record AgentFigures(String staffId, long openAssigned, TimeFigure firstResponse, TimeFigure reply,
                        TimeFigure resolution) {}

    /**
     * One bar of a distribution: durations of at least {@code fromSeconds} and less than {@code toSeconds}
     * (null: no upper edge). Every bucket appears, in order; {@code index} names it in the drill-down.
     */
    record DurationBucket(int index, long fromSeconds, Long toSeconds, long count) {}

    /** First response and resolution times of the conversations of one context kind; every kind appears. */
    record ContextFigures(String context, TimeFigure firstResponse, TimeFigure resolution) {}

    /** The volume series' step: an hour when the range is two days or less, else a day. */
    enum Grain { HOUR, DAY }

    /**
     * One step of the volume series, from {@code start} (inclusive) to {@code end} (exclusive) in the
     * asked time zone: conversations started, and messages by who wrote them. Only steps with either appear.
     */
    record VolumeBucket(Instant start, Instant end, long conversations, long messages, long device, long staff,
                        long system) {}
}

package io.lifeline.query.stats;

import java.util.List;

/**
 * The durations the figures are made of, as SQL over the recorded facts, each with the same columns
 * (conversation_id, cycle, ordinal, at, responder, seconds) so that the figures and their drill-down
 * count exactly the same rows. A duration belongs to the range in which the measured thing began
 * ({@code :from} inclusive, {@code :to} exclusive).
 */
final class Measurements {
    /** Per cycle: the first device message to the first answer by a person on staff. */
    static final String FIRST_RESPONSES = """
            SELECT conversation_id, cycle, cycle::bigint AS ordinal, first_device_message_at AS at, responder,
                   EXTRACT(EPOCH FROM first_staff_message_at - first_device_message_at)::float8 AS seconds
            FROM read_model.stats_cycle
            WHERE first_staff_message_at IS NOT NULL
              AND first_device_message_at >= :from AND first_device_message_at < :to""";

    /** Per cycle: its start (the conversation's start or a reopening) to its resolution; the responder is who resolved it. */
    static final String RESOLUTIONS = """
            SELECT conversation_id, cycle, cycle::bigint AS ordinal, started_at AS at, resolved_by AS responder,
                   EXTRACT(EPOCH FROM resolved_at - started_at)::float8 AS seconds
            FROM read_model.stats_cycle
            WHERE resolved_at IS NOT NULL AND started_at >= :from AND started_at < :to""";

    /** Per wait: the first unanswered device message to the next staff message. */
    static final String REPLIES = """
            SELECT conversation_id, cycle, waiting_sequence AS ordinal, waiting_since AS at, responder,
                   EXTRACT(EPOCH FROM replied_at - waiting_since)::float8 AS seconds
            FROM read_model.stats_reply
            WHERE replied_at IS NOT NULL AND waiting_since >= :from AND waiting_since < :to""";

    /**
     * The upper edges (seconds, exclusive) of the distributions' buckets: under 1 minute, 1-5, 5-15 and
     * 15-60 minutes, 1-4 and 4-24 hours, a day or more. {@link #BUCKET} numbers a duration's bucket 0 to 6.
     */
    static final List<Integer> BUCKET_EDGES = List.of(60, 300, 900, 3600, 14_400, 86_400);

    /** A duration's bucket (0 to {@code BUCKET_EDGES.size()}), in SQL over the column {@code seconds}. */
    static final String BUCKET = "width_bucket(seconds, ARRAY" + BUCKET_EDGES + "::float8[])";

    /** The rows of {@code durations} whose conversation is of the context kind {@code :value}. */
    static String ofContext(String durations) {
        return """
                SELECT d.* FROM (%s) d JOIN read_model.stats_conversation c ON c.conversation_id = d.conversation_id
                WHERE c.context_kind = :value""".formatted(durations);
    }

    /** The rows of {@code durations} in the bucket {@code :value}. */
    static String inBucket(String durations) {
        return "SELECT * FROM (" + durations + ") d WHERE " + BUCKET + " = :value";
    }

    /** Conversations started in the range, whatever they are. */
    static final String STARTED = """
            SELECT conversation_id, NULL::integer AS cycle, 0::bigint AS ordinal, created_at AS at,
                   assignee AS responder, NULL::float8 AS seconds
            FROM read_model.stats_conversation
            WHERE created_at >= :from AND created_at < :to""";

    /** Conversations started in the range, for the counts; filter by a column of read_model.stats_conversation. */
    static String conversationsWhere(String column) {
        return """
                SELECT conversation_id, NULL::integer AS cycle, 0::bigint AS ordinal, created_at AS at,
                       assignee AS responder, NULL::float8 AS seconds
                FROM read_model.stats_conversation
                WHERE created_at >= :from AND created_at < :to AND %s = :value""".formatted(column);
    }

    /** Open conversations assigned to a staff member now, whatever the range. */
    static final String OPEN_ASSIGNED = """
            SELECT conversation_id, NULL::integer AS cycle, 0::bigint AS ordinal, created_at AS at,
                   assignee AS responder, NULL::float8 AS seconds
            FROM read_model.stats_conversation
            WHERE status = 'OPEN' AND assignee = :staff""";

    private Measurements() {
    }
}

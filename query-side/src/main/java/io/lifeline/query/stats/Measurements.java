package io.lifeline.query.stats;

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

    /** Per cycle: its start (the conversation's start or a reopening) to its resolution. */
    static final String RESOLUTIONS = """
            SELECT conversation_id, cycle, cycle::bigint AS ordinal, started_at AS at, NULL::uuid AS responder,
                   EXTRACT(EPOCH FROM resolved_at - started_at)::float8 AS seconds
            FROM read_model.stats_cycle
            WHERE resolved_at IS NOT NULL AND started_at >= :from AND started_at < :to""";

    /** Per wait: the first unanswered device message to the next staff message. */
    static final String REPLIES = """
            SELECT conversation_id, cycle, waiting_sequence AS ordinal, waiting_since AS at, responder,
                   EXTRACT(EPOCH FROM replied_at - waiting_since)::float8 AS seconds
            FROM read_model.stats_reply
            WHERE replied_at IS NOT NULL AND waiting_since >= :from AND waiting_since < :to""";

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

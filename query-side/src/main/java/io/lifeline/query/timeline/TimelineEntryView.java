package io.lifeline.query.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * A timeline entry as the API answers it. {@code kind} is {@code message}, {@code private-note} or
 * a system entry ({@code started}, {@code staff-joined}, {@code staff-left}, {@code assigned},
 * {@code transferred}, {@code unassigned}, {@code priority-changed}, {@code snoozed},
 * {@code resolved}, {@code reopened}, {@code closed}, {@code label-added}, {@code label-removed},
 * {@code answer-deadline-missed}, {@code response-clock-started} with the target's {@code kind},
 * {@code within} and {@code dueBy}, {@code response-target-missed} with {@code kind}, {@code dueBy}
 * and {@code priority})
 * whose facts are in {@code details}; message fields are null for system entries, except that the
 * {@code started} entry carries where the device was when it started the conversation
 * ({@code latitude}, {@code longitude}, {@code accuracyMeters}; null when it sent no location).
 */
record TimelineEntryView(long sequence, String kind, boolean privateNote, String actor, Instant occurredAt,
                         String messageId, String clientMessageId, String messageKind, String text, String attachment,
                         Double latitude, Double longitude, Double accuracyMeters, String replyTo, boolean urgent,
                         Map<String, String> details) {}

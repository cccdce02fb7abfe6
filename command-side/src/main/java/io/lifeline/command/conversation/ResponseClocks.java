package io.lifeline.command.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The response targets counting for one conversation, each with the time it is due by, and whether
 * staff have answered it yet. A staff message stops the response clocks, a resolution or closing
 * stops them all, a miss stops the one missed. Changed only as the conversation's events say.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
final class ResponseClocks {
    private Map<ResponseTargetKind, Clock> running = new HashMap<>();
    private boolean answered;

    /** A running clock: when it is due, and the sequence of the event that started it. */
    record Clock(Instant dueBy, long startedAt) {}

    boolean isRunning(ResponseTargetKind kind) {
        return running.containsKey(kind);
    }

    /** The clock of this kind if it is the one started at that sequence: a deadline of an earlier clock does not count. */
    Optional<Clock> runningSince(ResponseTargetKind kind, long startedAt) {
        return Optional.ofNullable(running.get(kind)).filter(clock -> clock.startedAt() == startedAt);
    }

    /** A device wrote after staff answered, and no answer is awaited yet: the next one is. */
    boolean awaitsNextAnswer() {
        return answered && !isRunning(ResponseTargetKind.FIRST_RESPONSE) && !isRunning(ResponseTargetKind.NEXT_RESPONSE);
    }

    void started(ResponseTargetKind kind, Instant dueBy, long sequence) {
        running.put(kind, new Clock(dueBy, sequence));
    }

    void answered() {
        answered = true;
        running.remove(ResponseTargetKind.FIRST_RESPONSE);
        running.remove(ResponseTargetKind.NEXT_RESPONSE);
    }

    void missed(ResponseTargetKind kind) {
        running.remove(kind);
    }

    /** Resolved or closed: nothing is awaited any more. */
    void stopped() {
        running.clear();
    }
}

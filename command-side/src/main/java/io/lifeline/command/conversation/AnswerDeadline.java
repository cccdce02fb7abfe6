package io.lifeline.command.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an automatically assigned agent has to answer before the conversation is routed to
 * another agent; zero turns the deadline off.
 */
@ConfigurationProperties("lifeline.routing.answer")
public record AnswerDeadline(Duration within) {
    public AnswerDeadline {
        if (within == null || within.isNegative()) {
            throw new IllegalArgumentException("lifeline.routing.answer.within must be zero or a positive duration");
        }
    }

    boolean isSet() {
        return !within.isZero();
    }
}

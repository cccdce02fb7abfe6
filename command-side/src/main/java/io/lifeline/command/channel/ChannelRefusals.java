package io.lifeline.command.channel;

import io.lifeline.command.config.RefusalWords;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.channel.ChannelRefusal;
import io.lifeline.contracts.shape.InvalidField;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.core.AuthenticationException;

/**
 * A failed forwarded frame in the words the REST API would answer it with (the same status, code
 * and detail), so a client cannot tell which way its command travelled. What is no refusal (the
 * store unreachable, a bug) is {@code unavailable}: the client tries again with the same id.
 */
final class ChannelRefusals {
    private ChannelRefusals() {
    }

    static ChannelRefusal of(Throwable failure) {
        if (failure instanceof CommandRefused refused) {
            return new ChannelRefusal(RefusalWords.statusOf(refused.reason()).value(), refused.code(), refused.getMessage(), null);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return new ChannelRefusal(404, "conversation-not-found", "no conversation " + notFound.getAggregateIdentifier(), null);
        }
        if (failure instanceof IncompatibleAggregateException) {
            return new ChannelRefusal(404, "conversation-not-found", "no such conversation", null);
        }
        if (failure instanceof InvalidField invalid) {
            return new ChannelRefusal(400, "invalid-request", invalid.getMessage(), null);
        }
        if (failure instanceof IllegalArgumentException invalid) {
            return new ChannelRefusal(400, "invalid-request", RefusalWords.safeMessage(invalid), null);
        }
        if (failure instanceof ConcurrencyException) {
            return new ChannelRefusal(409, "concurrent-change", "the conversation changed meanwhile; try again", null);
        }
        if (failure instanceof AuthenticationException unauthenticated) {
            return new ChannelRefusal(401, "unauthorized", unauthenticated.getMessage(), null);
        }
        return unavailable();
    }

    static ChannelRefusal unavailable() {
        return new ChannelRefusal(503, "unavailable", "try again: the command could not be carried out now", null);
    }
}

package io.lifeline.command.conversation;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.function.Consumer;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import io.lifeline.command.identity.StoredAggregates;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers, by the conversation's own participation rules, who may share and see files in it and
 * who may signal typing, for work that happens beside the command bus (streaming an upload or a
 * download, an ephemeral signal). Anyone the file rules turn away is told the conversation does
 * not exist, so ids of others' conversations never leak; a signal is refused as a receipt is.
 */
@Component
public class ConversationAccess {
    private final Repository<Conversation> conversations;
    private final StoredAggregates stored;

    ConversationAccess(@Lazy Repository<Conversation> conversations, StoredAggregates stored) {
        this.conversations = conversations; // lazy: Axon builds the repository after its handlers
        this.stored = stored;
    }

    /**
     * Whoever may send messages here may upload, while the conversation is not closed.
     *
     * @throws CommandRefused {@code conversation-not-found} for anyone else, {@code conversation-closed}
     */
    public void requireMayShareFiles(ConversationId id, Acting acting) {
        ask(id, conversation -> conversation.requireMayShareFiles(acting));
    }

    /**
     * The owning device, staff participants and admins may download, also once it is closed.
     *
     * @throws CommandRefused {@code conversation-not-found} for anyone else
     */
    public void requireMaySeeFiles(ConversationId id, Acting acting) {
        ask(id, conversation -> conversation.requireMaySeeFiles(acting));
    }

    /**
     * Typing signals, which never reach the event store, are for participants only, like receipts.
     *
     * @throws CommandRefused {@code conversation-not-found} for a device that does not own it (or no
     *     conversation at all), {@code not-a-participant} and {@code action-not-permitted} for staff, as
     *     for a receipt
     */
    public void requireMaySignal(ConversationId id, Acting acting) {
        ask(id, conversation -> conversation.requireMaySignal(acting), true);
    }

    private void ask(ConversationId id, Consumer<Conversation> rule) {
        ask(id, rule, false);
    }

    /** @param asCommands answer refusals as the command would, rather than all as "not found" */
    private void ask(ConversationId id, Consumer<Conversation> rule, boolean asCommands) {
        if (!stored.exists(id.toString())) {
            throw new ConversationNotFound(id); // asked first: Axon logs a failed load with its stack trace
        }
        // Loading an aggregate needs a unit of work; it only reads, so nothing is appended or published.
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            conversations.load(id.toString()).execute(rule);
            return null;
        });
        if (!result.isExceptional()) {
            return;
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof ConversationNotFound || failure instanceof ConversationIsClosed
                || (asCommands && failure instanceof CommandRefused)) {
            throw (CommandRefused) failure;
        }
        if (failure instanceof CommandRefused || failure instanceof AggregateNotFoundException
                || failure instanceof IncompatibleAggregateException) {
            throw new ConversationNotFound(id); // not a participant, or a staff id in a conversation path
        }
        if (failure instanceof RuntimeException unexpected) {
            throw unexpected;
        }
        throw new IllegalStateException(failure);
    }
}

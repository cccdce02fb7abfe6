package io.lifeline.command.conversation;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.function.Consumer;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers, by the conversation's own participation rules, who may share and see files in it, for
 * work that happens beside the command bus (streaming an upload or a download). Anyone the rules
 * turn away is told the conversation does not exist, so ids of others' conversations never leak.
 */
@Component
public class ConversationAccess {
    private final Repository<Conversation> conversations;

    ConversationAccess(@Lazy Repository<Conversation> conversations) {
        this.conversations = conversations; // lazy: Axon builds the repository after its handlers
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

    private void ask(ConversationId id, Consumer<Conversation> rule) {
        // Loading an aggregate needs a unit of work; it only reads, so nothing is appended or published.
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            conversations.load(id.toString()).execute(rule);
            return null;
        });
        if (!result.isExceptional()) {
            return;
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof ConversationNotFound || failure instanceof ConversationIsClosed) {
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

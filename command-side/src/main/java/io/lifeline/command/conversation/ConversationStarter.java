package io.lifeline.command.conversation;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationOpened;
import io.lifeline.contracts.conversation.FirstMessage;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.SendMessage;
import io.lifeline.contracts.conversation.StartConversation;
import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.Aggregate;
import io.lifeline.command.identity.StoredAggregates;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Handles {@link StartConversation}: people come back to the same thread, so a device that already
 * has an unclosed conversation about the same context gets that one (and its first message lands
 * there) unless it asks for a new one. A client may name the conversation id itself, so that
 * retrying a start whose answer was lost returns the same conversation.
 */
@Component
class ConversationStarter {
    private final Repository<Conversation> conversations;
    private final OpenConversations openConversations;
    private final ConversationLimits limits;
    private final StoredAggregates stored;

    ConversationStarter(@Lazy Repository<Conversation> conversations, OpenConversations openConversations,
                        ConversationLimits limits, StoredAggregates stored) {
        this.conversations = conversations; // lazy: Axon builds the repository after its handlers
        this.openConversations = openConversations;
        this.limits = limits;
        this.stored = stored;
    }

    @CommandHandler
    ConversationOpened handle(StartConversation command, Acting acting, ResponseTargetBook targets,
                              DeadlineManager deadlines) throws Exception {
        requireMayStart(command, acting);
        if (!command.startNew()) {
            openConversations.lockStartsOf(command.device());
            Optional<ConversationId> existing = openConversations.find(command.device(), command.context());
            if (existing.isPresent()) {
                return continueExisting(conversations.load(existing.get().toString()), command.firstMessage(), acting);
            }
        }
        Optional<Aggregate<Conversation>> repeated = loadIfExists(command.conversationId());
        if (repeated.isPresent()) { // a client retrying its own start with the same conversation id
            if (!repeated.get().invoke(conversation -> conversation.device().equals(command.device()))) {
                throw new ConversationNotFound(command.conversationId()); // ids of others do not leak
            }
            return continueExisting(repeated.get(), command.firstMessage(), acting);
        }
        Aggregate<Conversation> created = conversations.newInstance(() -> new Conversation(command, acting, limits));
        if (acting.actor().isDevice()) { // a conversation staff start is theirs, answered by its start
            created.execute(conversation -> conversation.startResponseClocks(targets, deadlines));
        }
        return created.invoke(conversation -> conversation.openedAsNew(command.firstMessage()));
    }

    /** Asks the store first: Axon logs a failed load as a warning with its stack trace, and most starts are new. */
    private Optional<Aggregate<Conversation>> loadIfExists(ConversationId id) {
        if (!stored.exists(id.toString())) {
            return Optional.empty();
        }
        return Optional.of(conversations.load(id.toString()));
    }

    private static ConversationOpened continueExisting(Aggregate<Conversation> existing, FirstMessage first,
                                                       Acting acting) throws Exception {
        if (first == null) {
            return existing.invoke(Conversation::reopenedAsExisting);
        }
        var send = new SendMessage(new ConversationId(java.util.UUID.fromString(existing.identifierAsString())),
                first.messageId(), first.clientMessageId(), first.content(), null, first.urgent());
        // Through the aggregate's own handler, so the same rules and idempotency apply.
        var accepted = (MessageAccepted) existing.handle(
                GenericCommandMessage.asCommandMessage(send).andMetaData(acting.toMetaData()));
        return new ConversationOpened(accepted.conversationId(), true, accepted.sequence(), accepted);
    }

    private static void requireMayStart(StartConversation command, Acting acting) {
        switch (acting.actor().kind()) {
            case DEVICE -> {
                if (!acting.actor().deviceId().equals(command.device())) {
                    throw new ActionNotPermitted("a device may only start conversations for itself");
                }
                if (command.channel() == Channel.STAFF) {
                    throw new ActionNotPermitted("a device starts conversations on the mobile or widget channel");
                }
            }
            case STAFF -> {
                if (!acting.role().handlesConversations()) {
                    throw new ActionNotPermitted("only agents and admins may start conversations");
                }
            }
            case SYSTEM -> { }
        }
    }
}

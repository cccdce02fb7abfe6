package io.lifeline.command.conversation;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.conversation.MarkDelivered;
import io.lifeline.contracts.conversation.MarkRead;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.RateConversation;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.SendMessage;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.RateFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The WebSocket protocol's commands, as {@link ConversationController} is the REST API's: a
 * {@code send} becomes {@link SendMessage}, {@code delivered} and {@code read} move the caller's
 * receipts, and {@code typing} is checked against the conversation's participation rules (nothing
 * is stored), {@code rate} rates a resolved conversation. Refusals are thrown, as for REST.
 */
@Component
public class ConversationFrames {
    private final ActingGateway commands;
    private final ConversationAccess access;

    ConversationFrames(ActingGateway commands, ConversationAccess access) {
        this.commands = commands;
        this.access = access;
    }

    /** @return the stored message for a {@code send}; empty for the other frames */
    public Optional<MessageAccepted> handle(ClientFrame frame, Acting acting) {
        if (frame instanceof SendFrame send) {
            var command = new SendMessage(send.conversationId(), MessageId.random(), send.clientId(), send.content(),
                    send.replyTo(), send.urgent());
            return Optional.of(commands.send(command, acting));
        } else if (frame instanceof DeliveredFrame delivered) {
            commands.send(new MarkDelivered(delivered.conversationId(), delivered.upToSequence()), acting);
        } else if (frame instanceof ReadFrame read) {
            commands.send(new MarkRead(read.conversationId(), read.upToSequence()), acting);
        } else if (frame instanceof TypingFrame typing) {
            access.requireMaySignal(typing.conversationId(), acting);
        } else if (frame instanceof RateFrame rate) {
            commands.send(new RateConversation(rate.conversationId(), rate.rating(),
                    rate.comment() == null ? null : new MessageBody(rate.comment())), acting);
        } else {
            throw new IllegalArgumentException("the command side takes send, delivered, read, typing and rate frames");
        }
        return Optional.empty();
    }
}

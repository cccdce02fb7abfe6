package io.lifeline.bridge.commands;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.upstream.Upstream;
import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageKind;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import java.net.URI;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends a client's commands to the command side's REST API with the client's own token, so every
 * rule (who may write where, idempotent client ids) is checked in one place, the command side.
 */
@Component
public class CommandForwarder {
    private final Upstream upstream;
    private final BridgeProperties properties;

    CommandForwarder(Upstream upstream, BridgeProperties properties) {
        this.upstream = upstream;
        this.properties = properties;
    }

    /** The body of the command side's send request (flat: the kind says which fields count). */
    record MessageRequest(ClientMessageId clientMessageId, MessageKind kind, MessageBody text, AttachmentRef attachment,
                          Location location, MessageId replyTo, boolean urgent) {
        static MessageRequest of(SendFrame frame) {
            MessageContent content = frame.content();
            return new MessageRequest(frame.clientId(), content.kind(), content.body(), content.attachment(),
                    content.location(), frame.replyTo(), frame.urgent());
        }
    }

    /** The body of the command side's delivered and read requests. */
    record PositionRequest(long upToSequence) {}

    public AckFrame send(Caller caller, SendFrame frame) {
        JsonNode accepted = upstream.post(conversation(frame.conversationId(), "messages"), caller.token(), caller.address(),
                MessageRequest.of(frame));
        return new AckFrame(frame.clientId(), frame.conversationId(), MessageId.parse(accepted.path("messageId").asString()),
                accepted.path("sequence").asLong(), accepted.path("duplicate").asBoolean());
    }

    public void delivered(Caller caller, DeliveredFrame frame) {
        upstream.post(conversation(frame.conversationId(), "delivered"), caller.token(), caller.address(),
                new PositionRequest(frame.upToSequence()));
    }

    public void read(Caller caller, ReadFrame frame) {
        upstream.post(conversation(frame.conversationId(), "read"), caller.token(), caller.address(),
                new PositionRequest(frame.upToSequence()));
    }

    /**
     * Asks whether the caller may signal typing in the conversation (participants only, as for
     * receipts); a refusal comes back as an {@link io.lifeline.bridge.upstream.UpstreamRefusal}.
     */
    public void requireMaySignal(Caller caller, ConversationId conversation) {
        upstream.post(conversation(conversation, "typing"), caller.token(), caller.address(), java.util.Map.of());
    }

    private URI conversation(ConversationId id, String action) {
        return properties.commandUrl().resolve("/api/conversations/" + id + "/" + action);
    }
}

package io.lifeline.contracts.channel;

import io.lifeline.contracts.conversation.MessageAccepted;

/**
 * The command side's answer to a {@link ForwardedFrame}: the stored message for a {@code send}, a
 * refusal, or neither when a receipt or typing check went through.
 */
public record ChannelReply(MessageAccepted accepted, ChannelRefusal refusal) {
    public ChannelReply {
        if (accepted != null && refusal != null) {
            throw new IllegalArgumentException("a reply either accepts or refuses");
        }
    }

    public static ChannelReply done() {
        return new ChannelReply(null, null);
    }

    public static ChannelReply sent(MessageAccepted accepted) {
        return new ChannelReply(accepted, null);
    }

    public static ChannelReply refused(ChannelRefusal refusal) {
        return new ChannelReply(null, refusal);
    }
}

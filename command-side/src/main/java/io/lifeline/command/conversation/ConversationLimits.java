package io.lifeline.command.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable limits a conversation enforces, and how many of them the command side keeps
 * loaded and how often it snapshots them ({@code lifeline.conversation.*}).
 */
@ConfigurationProperties("lifeline.conversation")
public record ConversationLimits(int maxMessageLength, int maxParticipants, int snapshotThreshold, int cacheSize) {
    public ConversationLimits {
        if (maxMessageLength < 1 || maxMessageLength > io.lifeline.contracts.conversation.MessageBody.HARD_MAX_LENGTH) {
            throw new IllegalArgumentException("lifeline.conversation.max-message-length must be 1 to "
                    + io.lifeline.contracts.conversation.MessageBody.HARD_MAX_LENGTH);
        }
        if (maxParticipants < 1) {
            throw new IllegalArgumentException("lifeline.conversation.max-participants must be at least 1");
        }
        if (snapshotThreshold < 1) {
            throw new IllegalArgumentException("lifeline.conversation.snapshot-threshold must be at least 1");
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("lifeline.conversation.cache-size must be at least 1");
        }
    }
}

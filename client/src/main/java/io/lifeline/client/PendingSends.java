package io.lifeline.client;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.SendFrame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends not yet acknowledged, in the order they were made, with the futures waiting for their ack. They
 * are resent on every new connection under the same client id: the bridge stores an id once and acks a
 * repeat with the first message's ids, so a resend never doubles a message.
 */
final class PendingSends {
    private record Pending(SendFrame frame, CompletableFuture<AckFrame> ack) {
    }

    private final Map<ClientMessageId, Pending> pending = new LinkedHashMap<>();

    boolean contains(ClientMessageId clientId) {
        return pending.containsKey(clientId);
    }

    /** The future of the send; a client id already pending keeps its first frame and future. */
    CompletableFuture<AckFrame> add(SendFrame frame) {
        return pending.computeIfAbsent(frame.clientId(), id -> new Pending(frame, new CompletableFuture<>())).ack();
    }

    /** The frame of a send still waiting for its ack. */
    Optional<SendFrame> frame(ClientMessageId clientId) {
        return Optional.ofNullable(pending.get(clientId)).map(Pending::frame);
    }

    List<SendFrame> frames() {
        return pending.values().stream().map(Pending::frame).toList();
    }

    void acked(AckFrame ack) {
        Pending acked = ack.clientId() == null ? null : pending.remove(ack.clientId());
        if (acked != null) {
            acked.ack().complete(ack);
        }
    }

    /** True when the error was about a pending send, which then fails with the error's code. */
    boolean refused(ErrorFrame error) {
        Pending refused = error.clientId() == null ? null : pending.remove(error.clientId());
        if (refused == null) {
            return false;
        }
        refused.ack().completeExceptionally(new FrameRefusedException(error));
        return true;
    }

    void failAll(RuntimeException reason) {
        List<Pending> failed = new ArrayList<>(pending.values());
        pending.clear();
        failed.forEach(send -> send.ack().completeExceptionally(reason));
    }
}

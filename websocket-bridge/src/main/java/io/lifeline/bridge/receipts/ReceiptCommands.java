package io.lifeline.bridge.receipts;

import io.lifeline.bridge.commands.CommandForwarder;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import java.util.concurrent.CompletableFuture;

/**
 * Where a flush sends its receipts: the command forwarder in service, a recording fake in tests.
 * Each answer is a future, failed with the refusal or the unavailability, whether the command side
 * answers before the call returns or later.
 */
interface ReceiptCommands {
    CompletableFuture<Void> delivered(Caller caller, DeliveredFrame frame);

    CompletableFuture<Void> read(Caller caller, ReadFrame frame);

    static ReceiptCommands of(CommandForwarder forwarder) {
        return new ReceiptCommands() {
            @Override
            public CompletableFuture<Void> delivered(Caller caller, DeliveredFrame frame) {
                return forwarder.decide(caller, frame);
            }

            @Override
            public CompletableFuture<Void> read(Caller caller, ReadFrame frame) {
                return forwarder.decide(caller, frame);
            }
        };
    }
}

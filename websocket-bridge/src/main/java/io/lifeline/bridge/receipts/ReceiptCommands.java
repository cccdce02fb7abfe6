package io.lifeline.bridge.receipts;

import io.lifeline.bridge.commands.CommandForwarder;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ReadFrame;

/** Where a flush sends its receipts: the command forwarder in service, a recording fake in tests. */
interface ReceiptCommands {
    void delivered(Caller caller, DeliveredFrame frame);

    void read(Caller caller, ReadFrame frame);

    static ReceiptCommands of(CommandForwarder forwarder) {
        return new ReceiptCommands() {
            @Override
            public void delivered(Caller caller, DeliveredFrame frame) {
                forwarder.delivered(caller, frame);
            }

            @Override
            public void read(Caller caller, ReadFrame frame) {
                forwarder.read(caller, frame);
            }
        };
    }
}

package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ClientMessageId;

/** Refused because the author already stored another message under this client message id. */
class ClientMessageIdReused extends CommandRefused {
    ClientMessageIdReused(ClientMessageId clientMessageId) {
        super(Reason.CONFLICT, "client-id-reused", "the client message id " + clientMessageId.value()
                + " was already used for another message; send a new message with a new id");
    }
}

package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because the staff member is not a participant of the conversation. */
class NotAParticipant extends CommandRefused {
    NotAParticipant(String action) {
        super(Reason.FORBIDDEN, "not-a-participant", "join the conversation before you " + action);
    }
}

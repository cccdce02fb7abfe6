package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because the conversation has as many staff participants as configured. */
class ParticipantLimitReached extends CommandRefused {
    ParticipantLimitReached(int max) {
        super(Reason.CONFLICT, "participant-limit-reached", "the conversation already has " + max + " staff participants");
    }
}

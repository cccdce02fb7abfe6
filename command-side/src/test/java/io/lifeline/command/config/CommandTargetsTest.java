package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MarkRead;
import io.lifeline.contracts.staff.DeactivateStaff;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;

class CommandTargetsTest {
    private final CommandTargets targets = new CommandTargets();

    @Test
    void aConversationCommandIsForItsConversationWithNoExpectedVersion() {
        var conversation = ConversationId.random();
        var target = targets.resolveTarget(GenericCommandMessage.asCommandMessage(new MarkRead(conversation, 3)));
        assertThat(target.getIdentifier()).isEqualTo(conversation.toString());
        assertThat(target.getVersion()).isNull();
    }

    @Test
    void anyOtherCommandIsResolvedByItsAnnotations() {
        var staff = StaffId.random();
        var target = targets.resolveTarget(GenericCommandMessage.asCommandMessage(new DeactivateStaff(staff)));
        assertThat(target.getIdentifier()).isEqualTo(staff.toString());
    }
}

package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.*;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Automated replies in a conversation: once per rule, a greeting only for the device's first message, none when closed. */
class ConversationAutomatedReplyTest {
    private static final String GREETING = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final String KEYWORD = "3f2504e0-4f89-41d3-9a0c-0305e82c3302";
    private static final MessageId REPLY = MessageId.parse("7a1c2e3f-0000-4000-8000-000000000001");
    private final FixtureConfiguration<Conversation> fixture = newFixture();

    private static Map<String, String> asRules() {
        return Acting.system("automated-replies").toMetaData();
    }

    private static MessageSent reply(String rule, String text) {
        return new MessageSent(ID, REPLY, new ClientMessageId("auto-reply." + rule), Actor.system("auto-reply." + rule),
                new MessageContent(MessageKind.SYSTEM, new MessageBody(text), null, null), null, false);
    }

    @Test
    void theGreetingAnswersTheDevicesFirstMessageAsASystemMessageNamingItsRule() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new SendAutomatedReply(ID, REPLY, GREETING, true, 1, new MessageBody("Hello, we read every message.")),
                        asRules())
                .expectEvents(reply(GREETING, "Hello, we read every message."));
    }

    @Test
    void aGreetingIsNotWrittenForALaterMessage() {
        fixture.given(started(), deviceMessage("c-1"), deviceMessage("c-2"))
                .when(new SendAutomatedReply(ID, REPLY, GREETING, true, 2, new MessageBody("Hello")), asRules())
                .expectNoEvents();
    }

    @Test
    void eachRuleWritesOncePerConversation() {
        fixture.given(started(), deviceMessage("c-1"), reply(KEYWORD, "Turn off the valve."), deviceMessage("c-2"))
                .when(new SendAutomatedReply(ID, REPLY, KEYWORD, false, 3, new MessageBody("Turn off the valve.")), asRules())
                .expectNoEvents();
    }

    @Test
    void aClosedConversationGetsNoReply() {
        fixture.given(started(), deviceMessage("c-1"), new ConversationClosed(ID))
                .when(new SendAutomatedReply(ID, REPLY, KEYWORD, false, 1, new MessageBody("Turn off the valve.")), asRules())
                .expectNoEvents();
    }

    @Test
    void onlyTheRulesWriteAutomatedReplies() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new SendAutomatedReply(ID, REPLY, KEYWORD, false, 1, new MessageBody("Trust me")), asAdmin())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }
}

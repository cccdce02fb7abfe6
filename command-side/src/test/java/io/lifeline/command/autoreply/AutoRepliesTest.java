package io.lifeline.command.autoreply;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleChanged;
import io.lifeline.contracts.autoreply.AutoReplyRuleCreated;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyRuleRemoved;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.autoreply.ChangeAutoReplyRule;
import io.lifeline.contracts.autoreply.CreateAutoReplyRule;
import io.lifeline.contracts.autoreply.RemoveAutoReplyRule;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Admins keep the automated-reply rules: each change one event with what it replaced, a repeat none. */
class AutoRepliesTest {
    private static final AutoReplyRuleId RULE = new AutoReplyRuleId(java.util.UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    private static final AutoReplyRule GREETING = new AutoReplyRule(RULE, AutoReplyTrigger.GREETING, 1, null, null,
            new MessageBody("Hello, we read every message."));
    private static final AutoReplyRule WARMER = new AutoReplyRule(RULE, AutoReplyTrigger.GREETING, 1, null, null,
            new MessageBody("Hello! Someone will be with you shortly."));
    private final FixtureConfiguration<AutoReplies> fixture = new AggregateTestFixture<>(AutoReplies.class);

    private static Map<String, String> asAdmin() {
        return Acting.staff(StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a03"), StaffRole.ADMIN).toMetaData();
    }

    @Test
    void anAdminCreatesARuleOnceHoweverOftenTheRequestIsSent() {
        fixture.givenNoPriorActivity()
                .when(new CreateAutoReplyRule(GREETING), asAdmin())
                .expectEvents(new AutoReplyRuleCreated(GREETING));
        fixture.given(new AutoReplyRuleCreated(GREETING))
                .when(new CreateAutoReplyRule(GREETING), asAdmin())
                .expectNoEvents();
    }

    @Test
    void aChangeRecordsWhatItReplacedAndTheSameRuleAgainNothing() {
        fixture.given(new AutoReplyRuleCreated(GREETING))
                .when(new ChangeAutoReplyRule(WARMER), asAdmin())
                .expectEvents(new AutoReplyRuleChanged(WARMER, GREETING));
        fixture.given(new AutoReplyRuleCreated(GREETING))
                .when(new ChangeAutoReplyRule(GREETING), asAdmin())
                .expectNoEvents();
    }

    @Test
    void anUnknownRuleIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RemoveAutoReplyRule(RULE), asAdmin())
                .expectException(AutoReplyRuleNotFound.class);
    }

    @Test
    void aRemovedRuleIsGone() {
        fixture.given(new AutoReplyRuleCreated(GREETING))
                .when(new RemoveAutoReplyRule(RULE), asAdmin())
                .expectEvents(new AutoReplyRuleRemoved(RULE));
        fixture.given(new AutoReplyRuleCreated(GREETING), new AutoReplyRuleRemoved(RULE))
                .when(new ChangeAutoReplyRule(WARMER), asAdmin())
                .expectException(AutoReplyRuleNotFound.class);
    }

    @Test
    void onlyAdminsKeepRules() {
        fixture.givenNoPriorActivity()
                .when(new CreateAutoReplyRule(GREETING),
                        Acting.staff(StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a01"), StaffRole.AGENT).toMetaData())
                .expectNoEvents()
                .expectException(AutoRepliesNotPermitted.class);
    }
}

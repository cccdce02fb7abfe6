package io.lifeline.command.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.autoreply.AutoReplyRule;
import io.lifeline.contracts.autoreply.AutoReplyRuleId;
import io.lifeline.contracts.autoreply.AutoReplyTrigger;
import io.lifeline.contracts.conversation.MessageBody;
import org.junit.jupiter.api.Test;

class ActiveRuleTest {
    private static ActiveRule rule(AutoReplyTrigger trigger, String pattern) {
        return ActiveRule.of(new AutoReplyRule(AutoReplyRuleId.random(), trigger, 1, pattern, null, new MessageBody("Reply")));
    }

    @Test
    void aKeywordRuleMatchesItsPatternAnywhereInAMessageWhateverTheCase() {
        ActiveRule leak = rule(AutoReplyTrigger.KEYWORD, "leak|flood");
        assertThat(leak.matches("My kitchen is FLOODED")).isTrue();
        assertThat(leak.matches("all dry here")).isFalse();
        assertThat(leak.matches(null)).as("a message without text, an image say").isFalse();
    }

    @Test
    void aRuleWithoutPatternMatchesNoText() {
        assertThat(rule(AutoReplyTrigger.GREETING, null).matches("hello")).isFalse();
    }
}

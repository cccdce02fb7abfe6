package io.lifeline.contracts.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.shape.InvalidField;
import org.junit.jupiter.api.Test;

class AutoReplyRuleTest {
    private static AutoReplyRule keyword(String pattern) {
        return new AutoReplyRule(AutoReplyRuleId.random(), AutoReplyTrigger.KEYWORD, 1, pattern, null,
                new MessageBody("Turn off the main valve."));
    }

    @Test
    void aKeywordPatternIsFoundAnywhereWhateverTheCase() {
        assertThat(keyword("leak|flood").keyword().matcher("My kitchen is FLOODED").find()).isTrue();
        assertThat(keyword("leak|flood").keyword().matcher("all dry here").find()).isFalse();
        assertThat(keyword("überschwemmung").keyword().matcher("ÜBERSCHWEMMUNG im Keller").find()).isTrue();
        assertThat(new AutoReplyRule(AutoReplyRuleId.random(), AutoReplyTrigger.GREETING, 1, null, null,
                new MessageBody("Hello")).keyword()).isNull();
    }

    @Test
    void aNewRuleIsRefusedWhenItsPartsDoNotFitItsTrigger() {
        assertThatThrownBy(() -> keyword("(unclosed").validated()).isInstanceOf(InvalidField.class)
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> new AutoReplyRule(AutoReplyRuleId.random(), AutoReplyTrigger.GREETING, 1, "hi", null,
                new MessageBody("Hello")).validated()).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new AutoReplyRule(AutoReplyRuleId.random(), AutoReplyTrigger.AWAY, 1, null, null,
                new MessageBody("Away")).validated()).isInstanceOf(InvalidField.class).hasMessageContaining("hours");
        assertThatThrownBy(() -> new AutoReplyRule(AutoReplyRuleId.random(), AutoReplyTrigger.GREETING, 1, null, null,
                new MessageBody(" ")).validated()).isInstanceOf(InvalidField.class);
    }
}

package io.lifeline.contracts.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextOfEveryScriptIsStorable() {
        String text = "Hilfe! Пожар 火事 🚒 مساعدة";
        assertThat(StorableText.SINGLE_LINE.require("subject", text)).isEqualTo(text);
        assertThat(StorableText.MULTI_LINE.require("text", "line one\nline two\r\n\tindented")).contains("\t");
    }

    @Test
    void aNulIsRefusedAndNamedWithItsFieldAndPosition() {
        assertThatThrownBy(() -> StorableText.MULTI_LINE.require("text", "a\u0000b"))
                .isInstanceOfSatisfying(InvalidField.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.getMessage()).startsWith("text: ").contains("U+0000").contains("character 2")
                            .doesNotContain("\u0000");
                });
    }

    @Test
    void unpairedSurrogatesAreRefusedEitherWay() {
        assertThatThrownBy(() -> StorableText.SINGLE_LINE.require("subject", "x\uD800"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("unpaired surrogate U+D800");
        assertThatThrownBy(() -> StorableText.SINGLE_LINE.require("subject", "\uDC00x"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("U+DC00");
        assertThatThrownBy(() -> StorableText.MULTI_LINE.require("text", "\uDBFF\uDBFF\uDC00"))
                .isInstanceOf(InvalidField.class).hasMessageContaining("character 1");
    }

    @Test
    void controlCharactersHaveNoPlaceExceptLineBreaksAndTabsInMultiLineText() {
        for (String control : new String[] {"\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F", "\uFFFF", "\uFFFE"}) {
            assertThatThrownBy(() -> StorableText.MULTI_LINE.require("text", "a" + control)).as(control).isInstanceOf(InvalidField.class);
        }
        for (String lineBreak : new String[] {"\n", "\r", "\t", "\u2028"}) {
            assertThatThrownBy(() -> StorableText.SINGLE_LINE.require("displayName", "a" + lineBreak + "b"))
                    .isInstanceOf(InvalidField.class).hasMessageContaining("single line");
        }
    }
}

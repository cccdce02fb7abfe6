package io.lifeline.contracts.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {
    /** The shape as it was first written down: the hand-written check must accept exactly this. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{16,128}");

    @ParameterizedTest
    @ValueSource(strings = {"d-0123456789abcdef", "0123456789ABCDEF", "a.b_c:d-e.f_g:h-i", "0123456789abcde",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
            "0123456789abcdef ", "0123456789abcdéf", "0123456789abcdef/", "0123456789abcdef\u0000", "0123456789abcdefɑ", ""})
    void acceptsExactlyTheDocumentedShape(String value) {
        boolean expected = SHAPE.matcher(value).matches();
        assertThat(DeviceId.wellFormed(value)).as(value).isEqualTo(expected);
        if (expected) {
            assertThat(new DeviceId(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> new DeviceId(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

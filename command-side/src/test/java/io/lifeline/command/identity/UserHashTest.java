package io.lifeline.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UserHashTest {
    /** The table in docs/identity-verification.md, row for row. */
    private static final List<Vector> VECTORS = List.of(
            new Vector("first-site-secret-of-at-least-32-bytes!!", "42",
                    "67690affd4b72596e9952e75da198493ac645b7fd9bd13f4e9f4db696dec7322"),
            new Vector("first-site-secret-of-at-least-32-bytes!!", "user@example.com",
                    "03c4c0fdc994591a9fde1e05cc6be535934978c1cae868a6442ef649a34f7913"),
            new Vector("Second site: a longer secret, with spaces & punctuation.", "Zo\u00eb M\u00fcller",
                    "183a3d9c080da7154fa271dd8db03044daaf37f557284dd60fa92de43fce0857"),
            new Vector("Second site: a longer secret, with spaces & punctuation.", "customer-00017",
                    "a82e574894bfd6c3a52af75613e075a2d3033ee5b7e1d3d9cf2fda809928e1df"));
    private static final Pattern ROW = Pattern.compile("\\| `([^`]+)` \\| `([^`]+)` \\| `([0-9a-f]{64})` \\|");

    record Vector(String secret, String userId, String userHash) {}

    @Test
    void thePublishedTestVectorsAreTheOnesCheckedHere() throws IOException {
        String doc = Files.readString(Path.of("../docs/identity-verification.md"), StandardCharsets.UTF_8);
        List<Vector> published = doc.lines().map(ROW::matcher).filter(java.util.regex.Matcher::matches)
                .map(row -> new Vector(row.group(1), row.group(2), row.group(3))).toList();
        assertThat(published).containsExactlyElementsOf(VECTORS);
    }

    @Test
    void everyTestVectorHashesToItsPublishedValue() {
        for (Vector vector : VECTORS) {
            assertThat(UserHash.of(vector.secret(), vector.userId())).as(vector.userId()).isEqualTo(vector.userHash());
            assertThat(UserHash.matches(vector.secret(), vector.userId(), vector.userHash())).isTrue();
        }
    }

    @Test
    void upperCaseHexIsAcceptedToo() {
        Vector first = VECTORS.get(0);
        assertThat(UserHash.matches(first.secret(), first.userId(), first.userHash().toUpperCase())).isTrue();
    }

    @Test
    void aHashOfAnotherUserOrUnderAnotherSecretIsRefused() {
        Vector first = VECTORS.get(0);
        Vector second = VECTORS.get(1);
        assertThat(UserHash.matches(first.secret(), first.userId(), second.userHash())).isFalse();
        assertThat(UserHash.matches(VECTORS.get(2).secret(), first.userId(), first.userHash())).isFalse();
        assertThat(UserHash.matches(first.secret(), first.userId(), first.userHash().substring(2))).isFalse();
        assertThat(UserHash.matches(first.secret(), first.userId(), "not hex at all")).isFalse();
    }
}

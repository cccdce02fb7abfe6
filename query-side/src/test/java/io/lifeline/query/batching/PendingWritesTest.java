package io.lifeline.query.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingWritesTest {
    private static final String START = "insert start";
    private static final String MESSAGE = "update message";
    private static final String AUDIT = "insert audit";

    private final PendingWrites pending = new PendingWrites();

    @Test
    void conversationsWrittenOneAfterAnotherShareOneBatchPerStatement() {
        for (String conversation : List.of("a", "b", "c")) {
            pending.add(START, conversation, new Object[] {conversation + 0});
            pending.add(MESSAGE, conversation, new Object[] {conversation + 1});
        }

        assertThat(shape(pending.drain())).containsExactly(START + " [a0, b0, c0]", MESSAGE + " [a1, b1, c1]");
    }

    @Test
    void oneConversationsStatementsKeepTheirOrder() {
        pending.add(MESSAGE, "a", new Object[] {"a1"});
        pending.add(START, "b", new Object[] {"b0"});
        pending.add(MESSAGE, "b", new Object[] {"b1"});
        pending.add(START, "a", new Object[] {"a2"});
        pending.add(MESSAGE, "a", new Object[] {"a3"});

        assertThat(shape(pending.drain())).containsExactly(MESSAGE + " [a1]", START + " [b0, a2]", MESSAGE + " [b1, a3]");
    }

    @Test
    void aWriteWithoutKeyKeepsItsPlaceAmongAllOthers() {
        pending.add(START, "a", new Object[] {"a0"});
        pending.add(AUDIT, null, new Object[] {"x"});
        pending.add(START, "b", new Object[] {"b0"});
        pending.add(AUDIT, null, new Object[] {"y"});

        assertThat(shape(pending.drain())).containsExactly(START + " [a0]", AUDIT + " [x]", START + " [b0]", AUDIT + " [y]");
    }

    @Test
    void aWriteOfSeveralKeysComesAfterTheLastWriteOfEach() {
        pending.add(START, List.of("a", "order"), new Object[] {"a0"});
        pending.add(MESSAGE, "a", new Object[] {"a1"});
        pending.add(START, List.of("b", "order"), new Object[] {"b0"});
        pending.add(MESSAGE, "b", new Object[] {"b1"});
        pending.add(MESSAGE, "order", new Object[] {"o"});
        pending.add(START, List.of("c", "order"), new Object[] {"c0"});

        assertThat(shape(pending.drain())).containsExactly(START + " [a0, b0]", MESSAGE + " [a1, b1, o]", START + " [c0]");
    }

    @Test
    void drainingEmptiesTheBuffer() {
        pending.add(START, "a", new Object[] {"a0"});
        assertThat(pending.size()).isEqualTo(1);

        pending.drain();

        assertThat(pending.isEmpty()).isTrue();
        pending.add(MESSAGE, "a", new Object[] {"a1"});
        assertThat(shape(pending.drain())).containsExactly(MESSAGE + " [a1]");
    }

    private static List<String> shape(List<PendingWrites.Group> groups) {
        return groups.stream().map(group -> group.sql() + " "
                + group.rows().stream().map(row -> (String) row[0]).toList()).toList();
    }
}

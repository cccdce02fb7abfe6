package io.lifeline.command.routing;

import static io.lifeline.command.routing.DeskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.routing.*;
import io.lifeline.contracts.serialization.EventJson;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/** The desk's snapshot holds every part of its state and reads back as the same desk. */
class DeskSnapshotTest {
    private final Jackson3Serializer serializer = EventJson.serializer();

    @Test
    void aSnapshotReadsBackAsTheSameDesk() {
        Desk desk = new Desk();
        for (Object event : supportDesk(RoutingStrategy.LEAST_LOADED)) {
            apply(desk, event);
        }
        apply(desk, new AgentCapacityChanged(ANA, 3, 2));
        apply(desk, routed(1, ANA, 0));
        apply(desk, new ConversationQueued(conversation(2), ticket(1, Priority.URGENT), SUPPORT, ALL_TO_SUPPORT, 1, null));
        apply(desk, new AssigneeRecorded(conversation(3), CARL, null));

        SerializedObject<byte[]> snapshot = serializer.serialize(desk, byte[].class);
        Desk read = serializer.deserialize(snapshot);

        String json = new String(snapshot.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"teams\"", "\"rules\"", "\"agents\"", "\"seats\"", "\"waiting\"", "\"nextArrival\":2",
                "\"lastRouted\"");
        assertThat(new String(serializer.serialize(read, byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    /** What Axon does when it sources the desk: the handler for the event's type. */
    private static void apply(Desk desk, Object event) {
        try {
            Desk.class.getDeclaredMethod("on", event.getClass()).invoke(desk, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.lifeline.command.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.channel.VerifiedCaller;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.protocol.SendFrame;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Frames a consumer took in one poll are stored with one commit, or, when one is refused, not at all. */
class FramesInOneCommitIT extends CommandSideIntegrationTest {
    @Autowired
    FramesInOneCommit together;
    @Autowired
    JdbcClient jdbc;

    @Test
    void framesTakenTogetherAreStoredInTheirOrderWithOneCommit() {
        var first = startConversation();
        var second = startConversation();

        var replies = together.carryOut(List.of(first.send("a-1", "one"), second.send("b-1", "two"), first.send("a-2", "three")));

        assertThat(replies).isPresent();
        assertThat(replies.get()).extracting(reply -> reply.accepted().sequence()).containsExactly(1L, 1L, 2L);
        assertThat(replies.get()).extracting(reply -> reply.accepted().duplicate()).containsOnly(false);
        assertThat(storedMessages(first, second)).isEqualTo(3);
        assertThat(commitsOfMessages(first, second)).as("one transaction stored them all").isEqualTo(1);
    }

    @Test
    void aRepeatOfAMessageSentInTheSamePollIsNotKeptTogether() {
        var device = startConversation();

        // A message's client id is looked up in rows written at the commit, so the repeat is taken for a
        // new message and the commit refuses the second row: the listener then carries both out alone.
        var replies = together.carryOut(List.of(device.send("r-1", "once"), device.send("r-1", "once")));

        assertThat(replies).isEmpty();
        assertThat(storedMessages(device, device)).isZero();
    }

    @Test
    void oneRefusedFrameKeepsNothingOfTheOthersAndTheirConversationsAreNotLeftAhead() {
        var kept = startConversation();
        var nowhere = new Device(VerifiedCaller.device(kept.caller().subject()), ConversationId.random());

        var refused = together.carryOut(List.of(kept.send("k-1", "first"), nowhere.send("n-1", "to no one")));
        var again = together.carryOut(List.of(kept.send("k-2", "second"), kept.send("k-3", "third")));

        assertThat(refused).isEmpty();
        assertThat(again).isPresent();
        // The rolled-back message left the conversation's cached state with the rest of the work: the
        // next one takes sequence 1, with no gap where the rolled-back one would have been.
        assertThat(again.get()).extracting(reply -> reply.accepted().sequence()).containsExactly(1L, 2L);
        assertThat(storedMessages(kept, kept)).isEqualTo(2);
    }

    private Device startConversation() {
        var device = api().deviceSession(newDeviceId());
        String id = api().post("/api/conversations", device.text("token"), Map.of("channel", "MOBILE")).expectStatus(201)
                .text("conversationId");
        return new Device(VerifiedCaller.device(device.text("device")), ConversationId.parse(id));
    }

    private long storedMessages(Device one, Device other) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domainevententry
                        WHERE payloadtype = :type AND aggregateidentifier IN (:one, :other)""")
                .param("type", MessageSent.class.getName()).param("one", one.conversation().toString())
                .param("other", other.conversation().toString()).query(Long.class).single();
    }

    private long commitsOfMessages(Device one, Device other) {
        return jdbc.sql("""
                        SELECT count(DISTINCT xmin::text) FROM event_store.domainevententry
                        WHERE payloadtype = :type AND aggregateidentifier IN (:one, :other)""")
                .param("type", MessageSent.class.getName()).param("one", one.conversation().toString())
                .param("other", other.conversation().toString()).query(Long.class).single();
    }

    private record Device(VerifiedCaller caller, ConversationId conversation) {
        ForwardedFrame send(String clientId, String text) {
            return new ForwardedFrame(caller, SendFrame.text(new ClientMessageId(clientId), conversation, text));
        }
    }
}

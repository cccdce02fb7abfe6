package io.lifeline.bridge.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.bridge.connection.Transport;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReceiptCoalescerTest {
    private static final Duration WINDOW = Duration.ofMillis(100);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConversationId HELP = ConversationId.random();
    private static final ConversationId BILLING = ConversationId.random();

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingCommands commands = new RecordingCommands();
    private final ReceiptCoalescer receipts = new ReceiptCoalescer(commands, WINDOW, scheduler, JSON);
    private final Connections connections = new Connections(List.of(receipts));
    private final Client phoneClient = new Client();
    private final Client laptopClient = new Client();
    private Connection phone;
    private Connection laptop;

    @BeforeEach
    void open() {
        phone = new Connection(caller("phone"), phoneClient, 16);
        laptop = new Connection(caller("laptop"), laptopClient, 16);
        connections.opened(phone);
        connections.opened(laptop);
    }

    @Test
    void nothingIsSentOnTheFramesOwnThreadNorBeforeTheWindowEnds() {
        receipts.delivered(phone, delivered(HELP, 3));

        assertThat(commands.sent).isEmpty();
        scheduler.advance(WINDOW.minusNanos(1));
        assertThat(commands.sent).isEmpty();
        scheduler.advance(Duration.ofNanos(1));
        assertThat(commands.sent).containsExactly("delivered phone " + HELP + " 3");
    }

    @Test
    void theHighestPositionWithinTheWindowWinsWhateverOrderTheyCameIn() {
        receipts.delivered(phone, delivered(HELP, 3));
        receipts.delivered(phone, delivered(HELP, 7));
        receipts.delivered(phone, delivered(HELP, 5));
        receipts.read(phone, read(HELP, 2));
        receipts.read(phone, read(HELP, 1));

        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactly("delivered phone " + HELP + " 7", "read phone " + HELP + " 2");
    }

    @Test
    void aReadCoversEveryDeliveredUpToIt() {
        receipts.delivered(phone, delivered(HELP, 4));
        receipts.read(phone, read(HELP, 6));
        receipts.delivered(laptop, delivered(HELP, 6));
        receipts.read(laptop, read(HELP, 6));

        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactlyInAnyOrder("read phone " + HELP + " 6", "read laptop " + HELP + " 6");
    }

    @Test
    void aDeliveredAheadOfTheReadIsSentBeforeIt() {
        receipts.read(phone, read(HELP, 6));
        receipts.delivered(phone, delivered(HELP, 9));

        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactly("delivered phone " + HELP + " 9", "read phone " + HELP + " 6");
    }

    @Test
    void eachConversationAndEachConnectionIsCoalescedOnItsOwn() {
        receipts.delivered(phone, delivered(HELP, 3));
        receipts.delivered(phone, delivered(BILLING, 8));
        receipts.delivered(laptop, delivered(HELP, 5));

        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactlyInAnyOrder("delivered phone " + HELP + " 3",
                "delivered phone " + BILLING + " 8", "delivered laptop " + HELP + " 5");
    }

    @Test
    void theWindowRunsFromTheFirstReceiptSoAStreamOfThemStillGoesOutEveryWindow() {
        receipts.read(phone, read(HELP, 1));
        scheduler.advance(WINDOW.dividedBy(2));
        receipts.read(phone, read(HELP, 2));
        scheduler.advance(WINDOW.dividedBy(2));
        receipts.read(phone, read(HELP, 3));
        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactly("read phone " + HELP + " 2", "read phone " + HELP + " 3");
        assertThat(receipts.waiting()).isZero();
    }

    @Test
    void aClosingConnectionsReceiptsAreSentAtOnceAndNothingOfItIsKept() {
        receipts.delivered(phone, delivered(HELP, 4));
        receipts.read(phone, read(BILLING, 2));
        receipts.read(laptop, read(HELP, 1));

        connections.closed(phone);
        assertThat(commands.sent).as("not on the closing thread").isEmpty();
        scheduler.runDue();

        assertThat(commands.sent).containsExactly("delivered phone " + HELP + " 4", "read phone " + BILLING + " 2");
        assertThat(receipts.waiting()).as("only the laptop still has receipts waiting").isEqualTo(1);
        scheduler.advance(WINDOW);
        assertThat(commands.sent).containsExactly("delivered phone " + HELP + " 4", "read phone " + BILLING + " 2",
                "read laptop " + HELP + " 1");
        assertThat(receipts.waiting()).isZero();
    }

    @Test
    void aReceiptThatArrivesAsItsConnectionClosesIsStillSentAndThenForgotten() {
        connections.closed(phone);
        receipts.read(phone, read(HELP, 5));

        scheduler.advance(WINDOW);

        assertThat(commands.sent).containsExactly("read phone " + HELP + " 5");
        assertThat(receipts.waiting()).isZero();
    }

    @Test
    void aRefusalReachesTheConnectionWhoseReceiptWasRefusedAsAnErrorFrame() {
        commands.refuse(BILLING, () -> new UpstreamRefusal(403, "not-a-participant", "join the conversation first", null));
        receipts.read(phone, read(BILLING, 2));
        receipts.read(laptop, read(HELP, 2));

        scheduler.advance(WINDOW);

        assertThat(phoneClient.frames()).singleElement().satisfies(frame -> {
            assertThat(frame.path("type").asString()).isEqualTo("error");
            assertThat(frame.path("code").asString()).isEqualTo("not-a-participant");
            assertThat(frame.path("message").asString()).isEqualTo("join the conversation first");
            assertThat(frame.path("conversationId").asString()).isEqualTo(BILLING.toString());
        });
        assertThat(laptopClient.frames()).isEmpty();
        assertThat(commands.sent).containsExactly("read laptop " + HELP + " 2");
    }

    @Test
    void aRateLimitedReceiptSaysWhenToTryAgain() {
        commands.refuse(HELP, () -> new UpstreamRefusal(429, "rate-limited", "too many requests", 7L));
        receipts.delivered(phone, delivered(HELP, 2));

        scheduler.advance(WINDOW);

        assertThat(phoneClient.frames()).singleElement().satisfies(frame -> {
            assertThat(frame.path("code").asString()).isEqualTo("rate-limited");
            assertThat(frame.path("retryAfterSeconds").asLong()).isEqualTo(7);
        });
    }

    @Test
    void anUnreachableCommandSideIsReportedAsUnavailableOnThatConnection() {
        commands.refuse(HELP, () -> new UpstreamUnavailable("could not reach command-side", null));
        receipts.read(laptop, read(HELP, 3));

        scheduler.advance(WINDOW);

        assertThat(laptopClient.frames()).singleElement().satisfies(frame -> {
            assertThat(frame.path("code").asString()).isEqualTo("unavailable");
            assertThat(frame.path("conversationId").asString()).isEqualTo(HELP.toString());
        });
        assertThat(phoneClient.frames()).isEmpty();
    }

    @Test
    void aRefusalThatComesBackAfterTheFlushStillReachesTheConnection() {
        commands.answerLater();
        receipts.read(phone, read(HELP, 3));
        receipts.read(laptop, read(HELP, 3));
        scheduler.advance(WINDOW);
        assertThat(phoneClient.frames()).isEmpty();

        commands.later.get(0).completeExceptionally(new UpstreamRefusal(409, "conversation-closed", "closed", null));
        commands.later.get(1).complete(null);

        assertThat(phoneClient.frames()).extracting(frame -> frame.path("code").asString())
                .containsExactly("conversation-closed");
        assertThat(laptopClient.frames()).isEmpty();
    }

    @Test
    void aRefusedDeliveredDoesNotCostTheReadBesideIt() {
        commands.refuseDelivered(HELP, () -> new UpstreamRefusal(422, "sequence-out-of-range", "no message 99 yet", null));
        receipts.delivered(phone, delivered(HELP, 99));
        receipts.read(phone, read(HELP, 3));

        scheduler.advance(WINDOW);

        assertThat(phoneClient.frames()).extracting(frame -> frame.path("code").asString())
                .containsExactly("sequence-out-of-range");
        assertThat(commands.sent).containsExactly("read phone " + HELP + " 3");
    }

    @Test
    void stoppingTheBridgeSendsWhatIsWaitingWithoutWaitingForTheWindow() throws InterruptedException {
        receipts.read(phone, read(HELP, 4));

        receipts.stop();

        assertThat(commands.sent).containsExactly("read phone " + HELP + " 4");
        assertThat(receipts.waiting()).isZero();
        assertThat(scheduler.pending()).isZero();
    }

    private static Caller caller(String subject) {
        return new Caller(subject, "device", List.of("DEVICE"), "token-of-" + subject, null);
    }

    private static DeliveredFrame delivered(ConversationId conversation, long upTo) {
        return new DeliveredFrame(conversation, upTo);
    }

    private static ReadFrame read(ConversationId conversation, long upTo) {
        return new ReadFrame(conversation, upTo);
    }

    /** The command side as the flush sees it: what was sent, by whom; or a refusal for a conversation. */
    private static final class RecordingCommands implements ReceiptCommands {
        final List<String> sent = new ArrayList<>();
        private final Map<ConversationId, Supplier<RuntimeException>> refusals = new HashMap<>();
        private final Map<ConversationId, Supplier<RuntimeException>> deliveredRefusals = new HashMap<>();
        List<CompletableFuture<Void>> later;

        void refuse(ConversationId conversation, Supplier<RuntimeException> failure) {
            refusals.put(conversation, failure);
        }

        void refuseDelivered(ConversationId conversation, Supplier<RuntimeException> failure) {
            deliveredRefusals.put(conversation, failure);
        }

        /** From now on answers come only when the test completes them. */
        void answerLater() {
            later = new ArrayList<>();
        }

        @Override
        public CompletableFuture<Void> delivered(Caller caller, DeliveredFrame frame) {
            if (deliveredRefusals.containsKey(frame.conversationId())) {
                throw deliveredRefusals.get(frame.conversationId()).get(); // as today's forwarder does
            }
            return answer(frame.conversationId(),
                    "delivered " + caller.subject() + " " + frame.conversationId() + " " + frame.upToSequence());
        }

        @Override
        public CompletableFuture<Void> read(Caller caller, ReadFrame frame) {
            return answer(frame.conversationId(), "read " + caller.subject() + " " + frame.conversationId() + " "
                    + frame.upToSequence());
        }

        private CompletableFuture<Void> answer(ConversationId conversation, String command) {
            if (later != null) {
                var answer = new CompletableFuture<Void>();
                later.add(answer);
                return answer;
            }
            if (refusals.containsKey(conversation)) {
                return CompletableFuture.failedFuture(refusals.get(conversation).get());
            }
            sent.add(command);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** A client that takes every frame at once and keeps it. */
    private static final class Client implements Transport {
        private final List<String> frames = new ArrayList<>();

        @Override
        public void send(String frame, Runnable written, Consumer<Throwable> failed) {
            frames.add(frame);
            written.run();
        }

        @Override
        public void close(int code, String reason) {
        }

        @Override
        public void ping() {
        }

        List<JsonNode> frames() {
            return frames.stream().map(JSON::readTree).toList();
        }
    }
}

package io.lifeline.support.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

class HandlerChecksRememberedTest {
    private static final EventMessage<?> LIVE = GenericEventMessage.asEventMessage("live");
    private static final EventMessage<?> REPLAYED = new GenericTrackedEventMessage<>(
            ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(3)),
            GenericEventMessage.asEventMessage("replayed"));

    @Test
    void asksEachHandlerGroupWhetherItSupportsAResetOnlyOnce() throws Exception {
        var projection = new AskedInvoker(true);
        var sideEffect = new AskedInvoker(false);
        EventHandlerInvoker remembered = HandlerChecksRemembered.around(new MultiEventHandlerInvoker(projection, sideEffect));

        for (int i = 0; i < 100; i++) {
            remembered.canHandle(LIVE, Segment.ROOT_SEGMENT);
            remembered.handle(LIVE, Segment.ROOT_SEGMENT);
            remembered.handle(REPLAYED, Segment.ROOT_SEGMENT);
        }

        assertThat(projection.asked.get()).isEqualTo(1);
        assertThat(sideEffect.asked.get()).isEqualTo(1);
        assertThat(projection.handled).hasSize(200);
        assertThat(sideEffect.handled).as("a group that does not support a reset gets no replayed event").hasSize(100);
    }

    @Test
    void answersAsAxonsOwnInvokersDo() throws Exception {
        var replayable = new Replayable();
        var notReplayable = new NotReplayable();
        EventHandlerInvoker axons = new MultiEventHandlerInvoker(invoker(new Replayable()), invoker(new NotReplayable()));
        EventHandlerInvoker remembered = HandlerChecksRemembered.around(
                new MultiEventHandlerInvoker(invoker(replayable), invoker(notReplayable)));

        for (EventMessage<?> event : List.of(LIVE, REPLAYED, GenericEventMessage.asEventMessage(42))) {
            assertThat(remembered.canHandle(event, Segment.ROOT_SEGMENT)).isEqualTo(axons.canHandle(event, Segment.ROOT_SEGMENT));
            remembered.handle(event, Segment.ROOT_SEGMENT);
        }
        assertThat(remembered.supportsReset()).isEqualTo(axons.supportsReset()).isTrue();
        assertThat(remembered.canHandleType(String.class)).isTrue();
        assertThat(remembered.canHandleType(Integer.class)).isFalse();
        assertThat(replayable.seen).containsExactly("live", "replayed");
        assertThat(notReplayable.seen).containsExactly("live");

        remembered.performReset();
        assertThat(replayable.resets).isEqualTo(1);
    }

    @Test
    void asksWhetherAPayloadTypeIsHandledOnceAndNeverAsksAGroupAboutAnEventItHasNoHandlerFor() throws Exception {
        var strings = new AskedInvoker(true, String.class);
        var numbers = new AskedInvoker(true, Integer.class);
        EventHandlerInvoker remembered = HandlerChecksRemembered.around(new MultiEventHandlerInvoker(strings, numbers));

        for (int i = 0; i < 100; i++) {
            assertThat(remembered.canHandle(LIVE, Segment.ROOT_SEGMENT)).isTrue();
            remembered.handle(LIVE, Segment.ROOT_SEGMENT);
        }

        assertThat(strings.typesAsked.get()).isEqualTo(1);
        assertThat(numbers.typesAsked.get()).isEqualTo(1);
        assertThat(numbers.eventsAsked.get()).as("asked of the group only about events of a type it takes").isZero();
        assertThat(strings.eventsAsked.get()).as("a group that takes the type still decides on each event").isEqualTo(200);
        assertThat(strings.handled).hasSize(100);
        assertThat(numbers.handled).isEmpty();
    }

    @Test
    void aHandlerThatTakesThePayloadTypeStillDecidesOnTheEventItself() {
        EventHandlerInvoker axons = invoker(new Sequenced());
        EventHandlerInvoker remembered = HandlerChecksRemembered.around(invoker(new Sequenced()));
        EventMessage<?> domain = new GenericDomainEventMessage<>("Conversation", "c-1", 4, "stored");

        assertThat(axons.canHandle(LIVE, Segment.ROOT_SEGMENT)).as("a sequence number needs a stored event").isFalse();
        assertThat(remembered.canHandle(LIVE, Segment.ROOT_SEGMENT)).isFalse();
        assertThat(axons.canHandle(domain, Segment.ROOT_SEGMENT)).isTrue();
        assertThat(remembered.canHandle(domain, Segment.ROOT_SEGMENT)).isTrue();
    }

    @Test
    void processorsBuiltByTheModuleCarryTheRememberingInvokers() {
        var replayable = new Replayable();
        var configurer = DefaultConfigurer.defaultConfiguration();
        configurer.registerModule(new HandlerChecksRememberingModule());
        configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerEventHandler(c -> replayable);
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        try {
            configuration.eventBus().publish(GenericEventMessage.asEventMessage("published"));

            var processor = configuration.eventProcessingConfiguration()
                    .eventProcessor("replayable", SubscribingEventProcessor.class).orElseThrow();
            var invoker = (MultiEventHandlerInvoker) processor.eventHandlerInvoker();
            assertThat(invoker.delegates()).allMatch(HandlerChecksRemembered.class::isInstance);
            assertThat(replayable.seen).containsExactly("published");
        } finally {
            configuration.shutdown();
        }
    }

    private static EventHandlerInvoker invoker(Object handler) {
        return SimpleEventHandlerInvoker.builder().eventHandlers(handler).build();
    }

    @ProcessingGroup("replayable")
    static class Replayable {
        final List<String> seen = new ArrayList<>();
        int resets;

        @EventHandler
        void on(String event) {
            seen.add(event);
        }

        @ResetHandler
        void reset() {
            resets++;
        }
    }

    static class Sequenced {
        @EventHandler
        void on(String event, @SequenceNumber long sequence) {
        }
    }

    @DisallowReplay
    static class NotReplayable {
        final List<String> seen = new ArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }

    /** Counts how often it is asked whether it supports a reset, takes a payload type, can handle an event. */
    private static final class AskedInvoker implements EventHandlerInvoker {
        final AtomicInteger asked = new AtomicInteger();
        final AtomicInteger typesAsked = new AtomicInteger();
        final AtomicInteger eventsAsked = new AtomicInteger();
        final List<Object> handled = new ArrayList<>();
        private final boolean supportsReset;
        private final Class<?> takes;

        AskedInvoker(boolean supportsReset) {
            this(supportsReset, Object.class);
        }

        AskedInvoker(boolean supportsReset, Class<?> takes) {
            this.supportsReset = supportsReset;
            this.takes = takes;
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            typesAsked.incrementAndGet();
            return takes.isAssignableFrom(payloadType);
        }

        @Override
        public boolean supportsReset() {
            asked.incrementAndGet();
            return supportsReset;
        }

        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            eventsAsked.incrementAndGet();
            return takes.isInstance(eventMessage.getPayload());
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
            handled.add(message.getPayload());
        }
    }
}

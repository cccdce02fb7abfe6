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
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;

class ResetSupportRememberedTest {
    private static final EventMessage<?> LIVE = GenericEventMessage.asEventMessage("live");
    private static final EventMessage<?> REPLAYED = new GenericTrackedEventMessage<>(
            ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(3)),
            GenericEventMessage.asEventMessage("replayed"));

    @Test
    void asksEachHandlerGroupWhetherItSupportsAResetOnlyOnce() throws Exception {
        var projection = new AskedInvoker(true);
        var sideEffect = new AskedInvoker(false);
        EventHandlerInvoker remembered = ResetSupportRemembered.around(new MultiEventHandlerInvoker(projection, sideEffect));

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
        EventHandlerInvoker remembered = ResetSupportRemembered.around(
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
    void processorsBuiltByTheModuleCarryTheRememberingInvokers() {
        var replayable = new Replayable();
        var configurer = DefaultConfigurer.defaultConfiguration();
        configurer.registerModule(new ResetSupportRememberingModule());
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
            assertThat(invoker.delegates()).allMatch(ResetSupportRemembered.class::isInstance);
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

    @DisallowReplay
    static class NotReplayable {
        final List<String> seen = new ArrayList<>();

        @EventHandler
        void on(String event) {
            seen.add(event);
        }
    }

    /** Counts how often it is asked whether it supports a reset. */
    private static final class AskedInvoker implements EventHandlerInvoker {
        final AtomicInteger asked = new AtomicInteger();
        final List<Object> handled = new ArrayList<>();
        private final boolean supportsReset;

        AskedInvoker(boolean supportsReset) {
            this.supportsReset = supportsReset;
        }

        @Override
        public boolean supportsReset() {
            asked.incrementAndGet();
            return supportsReset;
        }

        @Override
        public boolean canHandle(EventMessage<?> eventMessage, Segment segment) {
            return true;
        }

        @Override
        public void handle(EventMessage<?> message, Segment segment) {
            handled.add(message.getPayload());
        }
    }
}

package io.lifeline.standalone.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** The wait before the banner, on a context whose one processor claims its two segments late. */
class StartupCompletionTest {
    private static final Duration CLAIM_AFTER = Duration.ofMillis(400);

    @Test
    void waitsUntilEveryStreamingProcessorHasClaimedTheWholeStream() throws Exception {
        var claimed = new AtomicBoolean();
        try (var context = contextWithProcessorClaimedOnce(claimed)) {
            var services = List.of(new RunningService(Service.QUERY_SIDE, context, 0));
            assertThat(StartupCompletion.pending(services))
                    .containsExactly("QUERY_SIDE: processor inbox has not claimed all its segments");
            long started = System.nanoTime();
            CompletableFuture.delayedExecutor(CLAIM_AFTER.toMillis(), TimeUnit.MILLISECONDS).execute(() -> claimed.set(true));

            StartupCompletion.await(services, Duration.ofSeconds(10));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(CLAIM_AFTER);
            assertThat(StartupCompletion.pending(services)).isEmpty();
        }
    }

    @Test
    void givesUpWaitingAfterTheTimeout() throws Exception {
        try (var context = contextWithProcessorClaimedOnce(new AtomicBoolean())) {
            var services = List.of(new RunningService(Service.QUERY_SIDE, context, 0));
            long started = System.nanoTime();

            StartupCompletion.await(services, Duration.ofMillis(200));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(StartupCompletion.pending(services)).hasSize(1);
        }
    }

    /** A processor of two segments (mask 1) that holds none of them until {@code claimed}. */
    private static GenericApplicationContext contextWithProcessorClaimedOnce(AtomicBoolean claimed) {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        Map<Integer, EventTrackerStatus> segments = Map.of(0, status(halves[0]), 1, status(halves[1]));
        StreamingEventProcessor processor = proxy(StreamingEventProcessor.class, (method, args) -> switch (method) {
            case "getName" -> "inbox";
            case "isRunning" -> true;
            case "processingStatus" -> claimed.get() ? segments : Map.of();
            default -> throw new UnsupportedOperationException(method);
        });
        EventProcessingConfiguration processing = proxy(EventProcessingConfiguration.class, (method, args) -> {
            if (method.equals("eventProcessors")) {
                return Map.<String, EventProcessor>of("inbox", processor);
            }
            throw new UnsupportedOperationException(method);
        });
        var context = new GenericApplicationContext();
        context.registerBean(EventProcessingConfiguration.class, () -> processing);
        context.refresh();
        return context;
    }

    private static EventTrackerStatus status(Segment segment) {
        return proxy(EventTrackerStatus.class, (method, args) -> {
            if (method.equals("getSegment")) {
                return segment;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answer.answer(method.getName(), args);
                }));
    }
}

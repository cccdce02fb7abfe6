package io.lifeline.standalone.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Two contexts start at the same time; the first stops in the middle of its logging set-up (right
 * after Spring Boot reset Logback) until the second has either started its own set-up or is
 * waiting for its turn. They take turns: the second's set-up begins only after the first's ended.
 */
class LoggingSetUpInTurnTest {
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstInSetUp = new CountDownLatch(1);
    private final CountDownLatch secondInSetUp = new CountDownLatch(1);
    private final AtomicReference<Thread> second = new AtomicReference<>();

    @Test
    void twoContextsStartingTogetherSetUpLoggingOneAfterTheOther() throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            var first = CompletableFuture.supplyAsync(() -> start("first", () -> {
                firstInSetUp.countDown();
                awaitSecondInSetUpOrWaitingItsTurn();
            }), starters);
            assertThat(firstInSetUp.await(30, TimeUnit.SECONDS)).isTrue();
            var then = CompletableFuture.supplyAsync(() -> {
                second.set(Thread.currentThread());
                return start("second", secondInSetUp::countDown);
            }, starters);

            try (var one = first.get(60, TimeUnit.SECONDS); var two = then.get(60, TimeUnit.SECONDS)) {
                assertThat(steps).containsExactly(
                        "first sets up logging", "first has set up logging",
                        "second sets up logging", "second has set up logging");
            }
        } finally {
            starters.shutdownNow();
        }
    }

    /**
     * The point where the first could be overtaken: the second either gets into its own set-up (no
     * turns) or parks on the turn. Either happens soon; the deadline only guards against a hang.
     */
    private void awaitSecondInSetUpOrWaitingItsTurn() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (secondInSetUp.getCount() > 0 && !waitingOnTheTurn(second.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second context neither set up logging nor waited its turn");
            }
            Thread.onSpinWait();
        }
    }

    private static boolean waitingOnTheTurn(Thread thread) {
        Object blocker = thread == null ? null : LockSupport.getBlocker(thread);
        return blocker != null && blocker.getClass().getEnclosingClass() == Semaphore.class;
    }

    private ConfigurableApplicationContext start(String name, Runnable inSetUp) {
        return new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties("logging.register-shutdown-hook=false")
                .listeners(LoggingSetUpInTurn.listeners())
                .listeners(new Probe(name, inSetUp))
                .run("--spring.config.name=" + name);
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    static class Nothing {
    }

    /**
     * In the middle of a context's logging set-up: after Spring Boot's logging listener reset
     * Logback (environment prepared), and once it is done (context prepared, before the turn is handed on).
     */
    private final class Probe implements GenericApplicationListener {
        private final String name;
        private final Runnable inSetUp;

        Probe(String name, Runnable inSetUp) {
            this.name = name;
            this.inSetUp = inSetUp;
        }

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            Class<?> type = eventType.toClass();
            return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type) || ApplicationPreparedEvent.class.isAssignableFrom(type);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                steps.add(name + " sets up logging");
                inSetUp.run();
            } else {
                steps.add(name + " has set up logging");
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1; // after Spring Boot's logging listener, before the turn is handed on
        }
    }
}

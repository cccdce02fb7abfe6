package io.lifeline.standalone.config;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Lets one context at a time set up logging when several start at once. Spring Boot resets Logback
 * as a context starts (appenders and turbo filters, with a suppress-everything filter meanwhile);
 * two contexts doing that together leave two console appenders behind (every line twice), and a
 * line logged while another context resets is lost. A context takes its turn as it starts and hands
 * it on once it has logged that it is starting (its context prepared), or once its start failed.
 */
public final class LoggingSetUpInTurn {
    private static final Semaphore TURN = new Semaphore(1, true);

    private LoggingSetUpInTurn() {
    }

    /** For one start, to pass to its builder's {@code listeners(...)}. */
    public static ApplicationListener<?>[] listeners() {
        AtomicBoolean holding = new AtomicBoolean();
        return new ApplicationListener<?>[] {new Take(holding), new HandOn(holding)};
    }

    /** Before Spring Boot's logging listener prepares Logback for the reset. */
    private record Take(AtomicBoolean holding) implements GenericApplicationListener {
        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return ApplicationStartingEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            TURN.acquireUninterruptibly();
            holding.set(true);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /**
     * Once the context has set Logback up and logged its start (last of the listeners to its prepared
     * context), so that the next context's reset comes after those lines.
     */
    private record HandOn(AtomicBoolean holding) implements GenericApplicationListener {
        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            Class<?> type = eventType.toClass();
            return ApplicationPreparedEvent.class.isAssignableFrom(type)
                    || ApplicationFailedEvent.class.isAssignableFrom(type);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (holding.compareAndSet(true, false)) {
                TURN.release();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

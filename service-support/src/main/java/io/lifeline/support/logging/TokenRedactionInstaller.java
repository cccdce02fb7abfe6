package io.lifeline.support.logging;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link TokenRedaction} in front of Logback each time an application has set up its logging
 * (Spring Boot resets Logback as every context starts, turbo filters included), so each service,
 * and each context of the standalone JVM, keeps tokens out of its logs without a line of
 * configuration. Registered in {@code META-INF/spring.factories}.
 */
public final class TokenRedactionInstaller implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        install();
    }

    /** Adds the filter to Logback unless it is there already; without Logback, nothing. */
    public static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(TokenRedaction.class::isInstance)) {
            var filter = new TokenRedaction();
            filter.setContext(logback);
            filter.start();
            logback.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 21; // right after Spring Boot's LoggingApplicationListener (+20)
    }
}

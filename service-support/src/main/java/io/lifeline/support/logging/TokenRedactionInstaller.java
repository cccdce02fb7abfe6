package io.lifeline.support.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts a {@link RedactingAppender} in front of every appender of every Logback logger each time an
 * application has set up its logging (Spring Boot resets Logback as every context starts), so each
 * service, and each context of the standalone JVM, keeps tokens out of its logs without a line of
 * configuration. Registered in {@code META-INF/spring.factories}.
 */
public final class TokenRedactionInstaller implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        install();
    }

    /** Wraps the appenders of the JVM's Logback, if Logback is what SLF4J logs to. */
    public static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            install(logback);
        }
    }

    /** Wraps every appender not wrapped yet; safe to call again. */
    static synchronized void install(LoggerContext logback) {
        for (Logger logger : logback.getLoggerList()) {
            List<Appender<ILoggingEvent>> bare = new ArrayList<>();
            logger.iteratorForAppenders().forEachRemaining(appender -> {
                if (!(appender instanceof RedactingAppender)) {
                    bare.add(appender);
                }
            });
            for (Appender<ILoggingEvent> appender : bare) {
                var redacting = new RedactingAppender(appender, logback);
                redacting.start();
                logger.detachAppender(appender); // first, so that no line ever reaches it unredacted
                logger.addAppender(redacting);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 21; // right after Spring Boot's LoggingApplicationListener (+20)
    }
}

package io.lifeline.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenRedactionTest {
    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void logback() {
        var redaction = new TokenRedaction();
        redaction.setContext(context);
        redaction.start();
        context.addTurboFilter(redaction);
        captured.setContext(context);
        captured.start();
        logger = context.getLogger("handshake");
        logger.setLevel(Level.DEBUG);
        logger.addAppender(captured);
    }

    @Test
    void aHeaderWithTheTokenSubprotocolIsLoggedWithoutTheToken() {
        logger.debug("Handling /ws with headers: {}", "[Sec-WebSocket-Protocol:\"lifeline.v1, lifeline.bearer." + TOKEN + "\"]");

        assertThat(everything()).hasSize(1).allSatisfy(line -> assertThat(line)
                .doesNotContain(TOKEN).contains("lifeline.bearer.[redacted]").contains("lifeline.v1"));
    }

    @Test
    void anAuthorizationHeaderAndABareTokenAreRedactedToo() {
        logger.info("Authorization: Bearer " + TOKEN);
        logger.warn("token {} refused", TOKEN);

        assertThat(everything()).hasSize(2).noneMatch(line -> line.contains(TOKEN))
                .contains("Authorization: Bearer [redacted]", "token [redacted] refused");
    }

    @Test
    void anExceptionNamingTheTokenKeepsItsStackButNotTheToken() {
        var cause = new IllegalStateException("Invalid subprotocol. Expected one of: lifeline.bearer." + TOKEN);
        logger.error("proxying failed", new RuntimeException("upstream handshake", cause));

        ILoggingEvent event = captured.list.get(0);
        assertThat(everything()).noneMatch(line -> line.contains(TOKEN));
        assertThat(event.getThrowableProxy().getCause().getMessage())
                .contains("java.lang.IllegalStateException").contains("lifeline.bearer.[redacted]");
        assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
    }

    @Test
    void linesWithoutATokenAndDisabledLevelsPassUntouched() {
        logger.info("a valid bearer token is required");
        logger.trace("never written: lifeline.bearer.{}", TOKEN);

        assertThat(captured.list).hasSize(1);
        assertThat(captured.list.get(0).getFormattedMessage()).isEqualTo("a valid bearer token is required");
    }

    /** Every message and every exception message that reached the appender. */
    private List<String> everything() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                lines.add(proxy.getClassName() + ": " + proxy.getMessage());
            }
        }
        return lines;
    }
}

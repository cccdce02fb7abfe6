package io.lifeline.support.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;

/**
 * An appender in front of another, under its name, that hands it every event through
 * {@link TokenRedaction}. Only events of an enabled level reach an appender, so, unlike a Logback
 * turbo filter, it costs nothing on the level checks libraries make by the thousand per message.
 */
public final class RedactingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private final Appender<ILoggingEvent> delegate;

    RedactingAppender(Appender<ILoggingEvent> delegate, LoggerContext context) {
        this.delegate = delegate;
        setContext(context);
        setName(delegate.getName());
    }

    Appender<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    protected void append(ILoggingEvent event) {
        delegate.doAppend(TokenRedaction.of(event, (LoggerContext) getContext()));
    }

    @Override
    public void stop() {
        super.stop();
        delegate.stop(); // a reset of Logback stops what it detaches: the appender behind this one too
    }
}

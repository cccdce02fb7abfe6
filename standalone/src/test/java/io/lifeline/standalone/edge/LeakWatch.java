package io.lifeline.standalone.edge;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Netty's leak detector at {@code PARANOID} (every buffer tracked), with what it reports collected:
 * it reports a buffer that was garbage collected unreleased when a later buffer is allocated. Only
 * buffers of a leak-aware allocator are tracked (Netty's default and pooled ones; not {@code Unpooled}'s heap buffers).
 */
final class LeakWatch {
    private final ListAppender<ILoggingEvent> reports = new ListAppender<>();
    private final Logger logger;

    LeakWatch() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        var logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logger = logback.getLogger(ResourceLeakDetector.class.getName());
        reports.setContext(logback);
        reports.start();
        logger.addAppender(reports);
    }

    /** The leaks reported after a garbage collection and a few allocations to report them. */
    List<String> leaks() throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(50);
            for (int i = 0; i < 100; i++) {
                ByteBufAllocator.DEFAULT.buffer(8).release();
                PooledByteBufAllocator.DEFAULT.directBuffer(8).release();
            }
        }
        logger.detachAppender(reports);
        return reports.list.stream().map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains("LEAK")).toList();
    }
}

package io.lifeline.bridge.sse;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * An unending event stream whose head (status and headers) the request's own thread writes, not
 * the writer thread that happens to send the first frame.
 *
 * <p>Why: a stream's frames are sent from the writer pool as soon as it is subscribed, while the
 * request thread is still leaving the filter chain, where Spring Security's {@code HeaderWriterFilter}
 * adds its headers. Had a writer committed the response then, two threads would work on Tomcat's
 * unsynchronised headers, and Tomcat can send a half-added header as a line with an empty name
 * ({@code ": "}), which the edge's HTTP client refuses with "empty headers are not allowed", an edge
 * 500 (spring-security#15510). A comment sent before the stream is handed to Spring MVC waits in the
 * emitter and is written and flushed when Spring MVC takes the stream over, on the request thread;
 * after that commit the filters leave the headers alone. Clients skip comments, as they skip pings.
 */
final class EventStreamOpening {
    static final String COMMENT = "open";

    private EventStreamOpening() {
    }

    static SseEmitter emitter() {
        var emitter = new SseEmitter(0L); // no timeout: the stream lasts until the client or the bridge ends it
        try {
            emitter.send(SseEmitter.event().comment(COMMENT));
        } catch (IOException unexpected) { // not yet handed over, the comment only waits in the emitter
            throw new UncheckedIOException(unexpected);
        }
        return emitter;
    }
}

package io.lifeline.query.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An export whose head (status and headers) the request's own thread sends before the body is
 * streamed from another thread.
 *
 * <p>Why: Spring MVC streams a body from its async executor as soon as the controller returns, while
 * the request thread is still leaving the filter chain, where Spring Security's {@code HeaderWriterFilter}
 * adds its headers. Had the streaming thread committed the response then, two threads would work on
 * Tomcat's unsynchronised headers, and Tomcat can send a half-added header as a line with an empty
 * name, which HTTP clients refuse (spring-security#15510, the same race the bridge's event stream
 * avoids). Committed here, the header filter writes its headers now, on this thread, and leaves the
 * response alone afterwards.
 *
 * <p>The cost: the status is sent before the first event is read, so a database failure ends the
 * body early instead of becoming a problem answer, as a connection dropped midway would.
 */
final class ExportHead {
    private ExportHead() {
    }

    /** Sends a 200 head of {@code contentType} now; {@code body} is what streams after it. */
    static StreamingResponseBody sentBefore(HttpServletResponse response, String contentType, StreamingResponseBody body)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.flushBuffer(); // commits: the security headers are written on this thread, before any body
        return body;
    }
}

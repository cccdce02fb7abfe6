package io.lifeline.support.problems;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error answers (a request refused before it reaches the application, such as an
 * address with characters no URL may hold) as problem details, instead of Tomcat's HTML page. Put
 * in the host's pipeline in place of Tomcat's {@code ErrorReportValve} by {@link ProblemDetails}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String body = "{\"type\":\"urn:lifeline:problem:" + Problems.codeFor(code) + "\",\"title\":\""
                + Problems.title(code) + "\",\"status\":" + status + ",\"detail\":\"" + Problems.detailFor(code)
                + "\",\"code\":\"" + Problems.codeFor(code) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the client is gone or the answer was already under way: nothing more to say
        }
    }
}

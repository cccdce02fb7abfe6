package io.lifeline.standalone.edge;

import io.lifeline.support.problems.Problems;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge's own errors (a path no service owns, a method the edge refuses, a service that does
 * not answer) as problem details with a stable {@code code}, like every service's, in place of
 * Spring Boot's HTML or JSON error page, which echoes the path and carries no security headers.
 * A service that is down is one log line, not a stack trace.
 */
final class EdgeProblems implements ErrorWebExceptionHandler, Ordered {
    private static final Logger log = LoggerFactory.getLogger(EdgeProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the services send on their API answers: nothing to run, style or frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> HEADERS = headers();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.warn("{} {} answered {} at the edge: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().pathWithinApplication().value(), status.value(), failure.toString());
        }
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        HEADERS.forEach(headers::set);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body(status))));
    }

    /**
     * The same answer as a whole HTTP/1.1 response that closes the connection, for {@link WebSocketRelay},
     * which answers on the connection's bytes before any HTTP codec read them.
     */
    static byte[] closingAnswer(HttpStatus status) {
        byte[] body = body(status);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status.value()).append(' ').append(status.getReasonPhrase()).append("\r\n");
        HEADERS.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] answer = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, answer, headBytes.length, body.length);
        return answer;
    }

    private static byte[] body(HttpStatusCode status) {
        return JSON.writeValueAsBytes(Problems.asMap(status, Problems.codeFor(status), Problems.detailFor(status)));
    }

    private static HttpStatusCode statusOf(Throwable failure) {
        if (failure instanceof ResponseStatusException known) {
            return known.getStatusCode();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause.getClass().getName().startsWith("reactor.netty.")
                    || cause.getClass().getName().startsWith("io.netty.channel.")) {
                return HttpStatus.BAD_GATEWAY;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", API_POLICY);
        headers.put(HttpHeaders.CACHE_CONTROL, "no-store");
        return Collections.unmodifiableMap(headers);
    }

    /** Before Spring Boot's own handler ({@code -1}). */
    @Override
    public int getOrder() {
        return -2;
    }
}

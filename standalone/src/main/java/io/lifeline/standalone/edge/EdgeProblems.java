package io.lifeline.standalone.edge;

import io.lifeline.support.problems.Problems;
import java.net.ConnectException;
import java.net.UnknownHostException;
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
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", API_POLICY);
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        byte[] body = JSON.writeValueAsBytes(Problems.asMap(status, Problems.codeFor(status), Problems.detailFor(status)));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
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

    /** Before Spring Boot's own handler ({@code -1}). */
    @Override
    public int getOrder() {
        return -2;
    }
}

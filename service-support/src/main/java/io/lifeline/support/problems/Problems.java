package io.lifeline.support.problems;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem details (RFC 9457) every Lifeline service and the edge answer errors with: the
 * standard fields and a stable, kebab-case {@code code} that clients switch on; the {@code type}
 * is {@code urn:lifeline:problem:<code>}. Where no rule of Lifeline's own says more, the code
 * follows from the status alone ({@link #codeFor}).
 */
public final class Problems {
    private Problems() {
    }

    public static URI typeOf(String code) {
        return URI.create("urn:lifeline:problem:" + code);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(code));
        problem.setProperty("code", code);
        return problem;
    }

    /** The same problem as a map, for writers outside Spring MVC (filters, Tomcat's valve, the edge). */
    public static Map<String, Object> asMap(HttpStatusCode status, String code, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", typeOf(code).toString());
        body.put("title", title(status));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        return body;
    }

    /** The code for an error no rule of Lifeline's own names, by its status. */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 408 -> "request-timeout";
            case 409 -> "conflict";
            case 413 -> "content-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 431 -> "headers-too-large";
            case 500 -> "internal-error";
            case 502 -> "bad-gateway";
            case 503 -> "unavailable";
            case 504 -> "gateway-timeout";
            default -> status.is4xxClientError() ? "invalid-request" : "internal-error";
        };
    }

    /** A plain sentence for an error no rule of Lifeline's own explains; never a path, class or stack. */
    public static String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "the request is not valid";
            case 401 -> "a valid bearer token is required";
            case 403 -> "your role does not allow this";
            case 404 -> "there is nothing here";
            case 405 -> "this method is not allowed here";
            case 406 -> "no answer of an acceptable media type exists here";
            case 413 -> "the request is too large";
            case 414 -> "the request's address is too long";
            case 415 -> "this media type is not accepted here";
            case 431 -> "the request's headers are too large";
            case 502 -> "the service behind this address did not answer properly; try again";
            case 503 -> "the service is not available now; try again";
            case 504 -> "the service behind this address did not answer in time; try again";
            default -> status.is4xxClientError() ? "the request cannot be served" : "something went wrong on our side";
        };
    }

    static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }
}

package io.lifeline.support.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every service's {@code @RestControllerAdvice} extends: Spring MVC's own errors (405, 406,
 * 415, an unknown path, a missing parameter...) come out as problem details with a stable
 * {@code code} and a plain sentence (never an echoed path or a class name), a role that may not is
 * 403 {@code forbidden}, a missing or bad token 401 {@code unauthorized}, and anything unexpected
 * is logged once here and answered 500 {@code internal-error}. A service adds handlers for its own
 * refusals.
 */
public abstract class ProblemDetailsHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    protected ProblemDetail forbidden(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this");
    }

    @ExceptionHandler(AuthenticationException.class)
    protected ResponseEntity<ProblemDetail> unauthorized(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    protected ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "something went wrong on our side");
    }

    /** Every answer of Spring MVC's own handlers passes here: a problem without a code gets one, by its status. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            String code = Problems.codeFor(status);
            problem.setType(Problems.typeOf(code));
            problem.setProperty("code", code);
            problem.setInstance(null);
            if (status.value() == 404 || status.value() == 405 || status.value() >= 500) {
                problem.setDetail(Problems.detailFor(status)); // Spring's wording names the path or the handler
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}

package io.lifeline.query.config;

import io.lifeline.query.processors.NoDeadLetters;
import io.lifeline.query.processors.UnknownProcessor;
import io.lifeline.support.problems.ProblemDetailsHandler;
import io.lifeline.support.problems.Problems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors as RFC 9457 problem details with a stable {@code code}, never a stack trace. Every 400 for
 * a parameter names it and says what is wrong: "parameter 'limit' must be less than or equal to 500".
 * What every service answers alike (Spring MVC's own errors, 401, 403, unexpected failures) comes
 * from {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String INVALID = "invalid-request";

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.of(status, code, detail);
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, e.getMessage());
    }

    /** Bean Validation on a parameter (@Min, @Max, @NotBlank, @Size): the parameter is the path's last node. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> sentence(parameterOf(violation), violation.getMessage()))
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, INVALID, detail);
    }

    /** A value that does not convert to the parameter's type, or free text that is not text. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, sentence(e.getName(), expectation(e)));
    }

    @ExceptionHandler(NotVisible.class)
    ProblemDetail notVisible(NotVisible e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    /** Not a parameter we know of: say so plainly, and log it so the parameter gets named next time. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        log.warn("A request was refused without naming its parameter: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, INVALID, "the request is not valid");
    }

    @ExceptionHandler(UnknownProcessor.class)
    ProblemDetail unknownProcessor(UnknownProcessor e) {
        return problem(HttpStatus.NOT_FOUND, "processor-not-found", e.getMessage());
    }

    @ExceptionHandler(NoDeadLetters.class)
    ProblemDetail noDeadLetters(NoDeadLetters e) {
        return problem(HttpStatus.NOT_FOUND, "dead-letters-not-found", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, INVALID,
                sentence(e.getParameterName(), "is missing")));
    }

    /** Spring's own method validation, where it runs instead of the @Validated proxy. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> sentence(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, INVALID, detail));
    }

    private static String sentence(String parameter, String problem) {
        return "parameter '" + parameter + "' " + problem;
    }

    private static String parameterOf(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    /** What the parameter must be, from the type it is bound to. */
    private static String expectation(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FreeTextParameters.Refused refused) {
                return refused.getMessage();
            }
        }
        Class<?> type = e.getRequiredType();
        if (type == null) return "is not valid";
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.util.UUID.class) return "must be a UUID";
        if (Temporal.class.isAssignableFrom(type)) return "must be an ISO-8601 instant such as 2026-11-23T10:15:00Z";
        if (type == boolean.class || type == Boolean.class) return "must be true or false";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        return "is not a valid " + type.getSimpleName();
    }
}

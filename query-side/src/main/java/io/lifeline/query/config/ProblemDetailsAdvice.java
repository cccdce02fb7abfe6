package io.lifeline.query.config;

import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import io.lifeline.query.processors.UnknownProcessor;
import io.lifeline.support.problems.ProblemDetailsHandler;
import io.lifeline.support.problems.Problems;

/**
 * Errors as RFC 9457 problem details with a stable {@code code}, never a stack trace; what every
 * service answers alike (Spring MVC's own errors, 401, 403, unexpected failures) comes from
 * {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsHandler {

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.of(status, code, detail);
    }

    @ExceptionHandler({ConstraintViolationException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail invalid(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "a parameter is not valid");
    }

    @ExceptionHandler(NotVisible.class)
    ProblemDetail notVisible(NotVisible e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidArgument(IllegalArgumentException e) {
        String message = e.getMessage();
        boolean ours = message != null && !message.contains("io.lifeline") && !message.contains("java.")
                && !message.startsWith("No enum constant") && !message.startsWith("Invalid UUID");
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", ours ? message : "a parameter is not valid");
    }

    @ExceptionHandler(UnknownProcessor.class)
    ProblemDetail unknownProcessor(UnknownProcessor e) {
        return problem(HttpStatus.NOT_FOUND, "processor-not-found", e.getMessage());
    }
}

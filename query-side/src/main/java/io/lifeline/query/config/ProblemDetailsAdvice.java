package io.lifeline.query.config;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import io.lifeline.query.processors.NoDeadLetters;
import io.lifeline.query.processors.UnknownProcessor;

/** Errors as RFC 9457 problem details with a stable {@code code}, never a stack trace. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:lifeline:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this");
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

    @ExceptionHandler(NoDeadLetters.class)
    ProblemDetail noDeadLetters(NoDeadLetters e) {
        return problem(HttpStatus.NOT_FOUND, "dead-letters-not-found", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "something went wrong on our side");
    }
}

package io.lifeline.command.config;

import io.lifeline.command.staff.SignInThrottled;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.support.problems.ProblemDetailsHandler;
import io.lifeline.support.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * Every error is an RFC 9457 problem detail with a stable {@code code}: refusals by their reason,
 * bad input as 400 with the fields at fault, never a stack trace. What every service answers alike
 * (Spring MVC's own errors, 401, 403, an unexpected failure) comes from {@link ProblemDetailsHandler}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsHandler {

    @ExceptionHandler(CommandRefused.class)
    ProblemDetail refused(CommandRefused refused) {
        return Problems.of(RefusalWords.statusOf(refused.reason()), refused.code(), refused.getMessage());
    }

    /** Worded exactly like a refusal to show someone else's conversation, so the two cannot be told apart. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e, HttpServletRequest request) {
        return notFoundAt(request, String.valueOf(e.getAggregateIdentifier()));
    }

    /** A shape rule refused a field: the detail and the errors list both name it. */
    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e) {
        return invalidFieldProblem(e);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", RefusalWords.safeMessage(e));
    }

    /** A staff id in a conversation path (or the reverse) is, to the caller, simply not there. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail wrongKind(IncompatibleAggregateException e, HttpServletRequest request) {
        return notFoundAt(request, null);
    }

    /** What is not there, named by what the path is about: a staff member, a canned reply, else a conversation. */
    private static ProblemDetail notFoundAt(HttpServletRequest request, String id) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/staff")) {
            return Problems.of(HttpStatus.NOT_FOUND, "staff-not-found", id == null ? "no such staff member" : "no staff member " + id);
        }
        if (path.startsWith("/api/canned-replies")) {
            return Problems.of(HttpStatus.NOT_FOUND, "canned-reply-not-found", id == null ? "no such canned reply" : "no canned reply " + id);
        }
        return Problems.of(HttpStatus.NOT_FOUND, "conversation-not-found", id == null ? "no such conversation" : "no conversation " + id);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidPathOrQuery(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "parameter '" + e.getName() + "' is not valid");
    }

    /** A body that is not multipart, or broken multipart, where an upload was expected. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail invalidUpload(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "the upload is not valid multipart/form-data");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "the conversation changed meanwhile; try again");
    }

    /** Too many failed sign-ins for one username from one address: wait, as a rate limit says. */
    @ExceptionHandler(SignInThrottled.class)
    ResponseEntity<ProblemDetail> throttled(SignInThrottled e) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", e.getMessage());
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }


    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .collect(java.util.stream.Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                detail.isEmpty() ? "some fields are not valid" : detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** The servlet container cut off an upload larger than the largest attachment allowed. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "attachment-too-large", "the file is larger than any attachment may be"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "the multipart part '" + e.getRequestPartName() + "' is missing"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidField invalid) {
                return ResponseEntity.badRequest().body(invalidFieldProblem(invalid));
            }
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", readableCause(e)));
    }

    private static ProblemDetail invalidFieldProblem(InvalidField e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.problem())));
        return problem;
    }

    /** The value objects' own message where one refused a value, else the field at fault; never parser internals. */
    private static String readableCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException invalid) {
                return RefusalWords.safeMessage(invalid);
            }
            if (cause instanceof NullPointerException) {
                return "a required value is missing";
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return "'" + fieldPath(json) + "' is missing or has the wrong type";
            }
        }
        return "the request body is not valid JSON of the expected shape";
    }

    private static String fieldPath(JacksonException json) {
        return json.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
    }
}

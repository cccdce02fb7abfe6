package io.lifeline.bridge.config;

import io.lifeline.support.problems.ProblemDetailsHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the bridge's HTTP routes (presence, the event stream) as problem details, as every service answers them. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ProblemDetailsHandler {
}

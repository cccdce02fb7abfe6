package io.lifeline.support.ratelimit;

/**
 * A request refused by a rate limit.
 *
 * @param scope             which limit: {@code device}, {@code staff} or {@code address}
 * @param retryAfterSeconds when the next request will be accepted (at least 1)
 */
public record RateLimited(String scope, long retryAfterSeconds) {
}

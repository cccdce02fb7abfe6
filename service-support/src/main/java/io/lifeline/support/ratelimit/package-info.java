/**
 * Rate limits: a token bucket per device, per staff member and per client address, kept in memory
 * by each instance of a service, and the request filters that answer 429 with
 * {@code Retry-After} and a {@code rate-limited} problem. The client address is the peer's, or
 * behind trusted proxies the one they forwarded. Depends on nothing else in Lifeline; a service imports {@link io.lifeline.support.ratelimit.RateLimiting}.
 */
package io.lifeline.support.ratelimit;

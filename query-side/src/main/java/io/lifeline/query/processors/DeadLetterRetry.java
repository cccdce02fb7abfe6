package io.lifeline.query.processors;

/**
 * What a retry did: how many parked conversations it tried, how many were then applied in full,
 * and how many events of the processor are still parked (those that failed again keep their new
 * cause and time).
 */
record DeadLetterRetry(int retried, int succeeded, long stillParked) {}

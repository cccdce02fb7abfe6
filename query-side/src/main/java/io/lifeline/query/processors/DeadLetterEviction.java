package io.lifeline.query.processors;

/** A conversation's parked events were evicted: the projection will not apply them until it is rebuilt. */
record DeadLetterEviction(String sequenceId, int evicted) {}

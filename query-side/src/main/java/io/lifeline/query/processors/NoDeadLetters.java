package io.lifeline.query.processors;

/** Asked to evict or retry a conversation that has nothing parked in a processor. */
public class NoDeadLetters extends RuntimeException {
    NoDeadLetters(String processor, String sequenceId) {
        super("processor " + processor + " has no dead letters for " + sequenceId, null, false, false);
    }
}

package io.lifeline.standalone;

import io.lifeline.standalone.services.RunningService;

/**
 * A system of its own with a second command-side instance beside the first, as two run when
 * distributed, for tests that change what every instance shares (routing, targets); closing it
 * closes the second instance, then the system.
 */
public record TwoCommandSides(StandaloneForTests lifeline, RunningService second) implements AutoCloseable {

    public static TwoCommandSides start() throws Exception {
        StandaloneForTests lifeline = StandaloneForTests.start();
        try {
            return new TwoCommandSides(lifeline, lifeline.startAnotherCommandSide());
        } catch (RuntimeException failed) {
            lifeline.close();
            throw failed;
        }
    }

    @Override
    public void close() {
        try {
            second.close();
        } finally {
            lifeline.close();
        }
    }
}

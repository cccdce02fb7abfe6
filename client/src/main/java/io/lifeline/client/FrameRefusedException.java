package io.lifeline.client;

import io.lifeline.contracts.protocol.ErrorFrame;

/** The bridge refused a frame with an error frame; {@link #code()} is stable to switch on. */
public final class FrameRefusedException extends RuntimeException {
    private final transient ErrorFrame error;

    FrameRefusedException(ErrorFrame error) {
        super(error.code() + ": " + error.message());
        this.error = error;
    }

    /** The error code, such as {@code conversation-closed}, {@code forbidden} or {@code invalid-frame}. */
    public String code() {
        return error.code();
    }

    public ErrorFrame error() {
        return error;
    }
}

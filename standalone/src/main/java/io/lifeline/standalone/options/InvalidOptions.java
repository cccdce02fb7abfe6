package io.lifeline.standalone.options;

/** A flag or environment variable the standalone process cannot use; the message says which and why. */
public class InvalidOptions extends RuntimeException {
    InvalidOptions(String message) {
        super(message);
    }
}

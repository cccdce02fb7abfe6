package io.lifeline.client;

/**
 * A frame that is only worth something now (typing, a receipt, a ping) could not be written because no
 * connection is open, or the connection ended before the answer came.
 */
public final class NotConnectedException extends RuntimeException {
    NotConnectedException(String message) {
        super(message);
    }
}

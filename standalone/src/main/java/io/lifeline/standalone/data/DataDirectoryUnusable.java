package io.lifeline.standalone.data;

/** The data directory cannot be used as asked; the message tells the person what to do. */
public class DataDirectoryUnusable extends RuntimeException {
    DataDirectoryUnusable(String message) {
        super(message);
    }
}

package io.lifeline.command.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps the bytes of attachments and thumbnails under keys such as {@code <conversation>/<attachment>}.
 * Content is streamed both ways, never held whole in memory.
 */
interface AttachmentStore {
    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}, replacing nothing
     * half-written: a failed put leaves no object behind.
     */
    void put(String key, InputStream content, long length) throws IOException;

    /**
     * Opens what is stored under {@code key}; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException if nothing is stored there
     */
    InputStream open(String key) throws IOException;

    /** Deletes what is stored under {@code key}, if anything. */
    void delete(String key) throws IOException;
}

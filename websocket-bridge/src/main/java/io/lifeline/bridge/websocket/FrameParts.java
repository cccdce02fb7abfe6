package io.lifeline.bridge.websocket;

import java.util.Map;

/**
 * Joins a client frame the container hands over in parts. Every connection holds only a small read
 * buffer, so an idle one stays cheap; a frame longer than that buffer arrives in parts, kept in the
 * session's attributes until the last one, and only while it is incomplete. A frame longer than the
 * largest one accepted is refused as soon as its parts say so, as the container did when it held the
 * whole frame in a buffer of that size.
 */
final class FrameParts {
    private static final String TEXT = "lifeline.frame-text";
    private static final String BINARY = "lifeline.frame-binary-bytes";
    private final int maxFrameChars;

    /** @param maxFrameChars the largest frame accepted, in characters of text (bytes of a binary frame) */
    FrameParts(int maxFrameChars) {
        this.maxFrameChars = maxFrameChars;
    }

    /**
     * @return the whole frame once its last part is in, null while parts are still to come
     * @throws FrameTooBig when the frame's parts so far exceed the largest frame accepted
     */
    String text(Map<String, Object> attributes, String part, boolean last) {
        StringBuilder started = (StringBuilder) attributes.get(TEXT);
        long length = (started == null ? 0 : started.length()) + (long) part.length();
        if (length > maxFrameChars) {
            attributes.remove(TEXT);
            throw new FrameTooBig(maxFrameChars + " characters");
        }
        if (started == null && last) {
            return part; // the common case, a frame within the read buffer: no copy
        }
        if (started == null) {
            started = new StringBuilder(part.length() * 2);
            attributes.put(TEXT, started);
        }
        started.append(part);
        if (!last) {
            return null;
        }
        attributes.remove(TEXT);
        return started.toString();
    }

    /**
     * A binary frame is never read (the protocol has none), only counted, so one too big to be accepted
     * as text ends the connection just the same.
     *
     * @return whether this was the frame's last part
     * @throws FrameTooBig when the frame's parts so far exceed the largest frame accepted
     */
    boolean binary(Map<String, Object> attributes, int partBytes, boolean last) {
        Long started = (Long) attributes.get(BINARY);
        long length = (started == null ? 0 : started) + partBytes;
        if (length > maxFrameChars) {
            attributes.remove(BINARY);
            throw new FrameTooBig(maxFrameChars + " bytes");
        }
        if (last) {
            attributes.remove(BINARY);
        } else {
            attributes.put(BINARY, length);
        }
        return last;
    }

    /** A client frame longer than the largest one accepted. */
    static final class FrameTooBig extends RuntimeException {
        FrameTooBig(String limit) {
            super("a frame may have at most " + limit, null, false, false);
        }
    }
}

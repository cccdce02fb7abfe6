package io.lifeline.bridge.websocket;

/**
 * The container's own buffers of each WebSocket connection (the frames read, written and encoded: three
 * of them, 8 KiB each by default) are sized by a system property that Tomcat reads once, when its
 * WebSocket classes load: before the first server of the JVM starts, not in a bean. A longer outgoing
 * frame goes out in several fragments, which every WebSocket client joins. A size set on the command line
 * ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=8192}) wins.
 */
public final class TomcatWebSocketBuffers {
    static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int BYTES = 1024;

    private TomcatWebSocketBuffers() {
    }

    /** Call before any Tomcat server of this JVM starts. */
    public static void preferSmall() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(BYTES));
        }
    }
}

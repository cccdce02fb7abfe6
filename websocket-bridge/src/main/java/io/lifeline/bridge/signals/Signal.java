package io.lifeline.bridge.signals;

import java.time.Instant;

/**
 * One signal on {@code lifeline.signals}: {@code typing} (conversation, actor, typing, and the
 * connection it came from, which does not hear its own) or {@code presence} (a staff member online
 * until {@code expiresAt}, or gone when {@code online} is false).
 */
record Signal(String kind, String conversationId, String actor, Boolean typing, String origin, String staffId,
              Boolean online, Instant expiresAt) {
    static final String TYPING = "typing";
    static final String PRESENCE = "presence";

    static Signal typing(String conversationId, String actor, boolean typing, String origin) {
        return new Signal(TYPING, conversationId, actor, typing, origin, null, null, null);
    }

    static Signal presence(String staffId, boolean online, Instant expiresAt) {
        return new Signal(PRESENCE, null, null, null, null, staffId, online, expiresAt);
    }
}

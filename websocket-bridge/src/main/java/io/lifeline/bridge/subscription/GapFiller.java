package io.lifeline.bridge.subscription;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a subscription's gap page by page from the store, pacing itself by the client's outbox
 * (a long history never overflows it), until the subscription's waiting live events join up. A
 * refusal ends the subscription with an error frame; so do repeated failures to reach the query side.
 */
@Component
class GapFiller {
    private static final Logger log = LoggerFactory.getLogger(GapFiller.class);
    private static final int ATTEMPTS = 5;
    private final StoredEvents stored;
    private final BridgeProperties properties;
    private final JsonMapper json;

    GapFiller(StoredEvents stored, BridgeProperties properties, JsonMapper json) {
        this.stored = stored;
        this.properties = properties;
        this.json = json;
    }

    void fill(ConversationSubscription subscription, Consumer<ConversationSubscription> end) {
        var connection = subscription.connection();
        var conversation = subscription.conversation();
        int failures = 0;
        long pause = 20;
        try {
            while (true) {
                Long from = subscription.fillFrom();
                if (from == null || !connection.isOpen()) {
                    return;
                }
                if (!awaitRoom(subscription)) {
                    connection.close(CloseCodes.RESUME, "too far behind: reconnect and resume");
                    return;
                }
                EventPage page;
                try {
                    page = stored.after(connection.caller(), conversation, from);
                } catch (UpstreamUnavailable unavailable) {
                    if (++failures >= ATTEMPTS) {
                        log.warn("Could not fill {} for {}: {}", conversation, connection, unavailable.getMessage());
                        end.accept(subscription);
                        connection.send(json.writeValueAsString(new ErrorFrame("unavailable",
                                "events could not be loaded; subscribe again", conversation, null)));
                        return;
                    }
                    Thread.sleep(100L << failures);
                    continue;
                }
                if (subscription.filled(page, through -> json.writeValueAsString(new SubscribedFrame(conversation, through)))) {
                    return;
                }
                if (page.events().isEmpty() && !page.hasMore()) {
                    Thread.sleep(pause); // the store has not shown what the stream has: read again shortly
                    pause = Math.min(pause * 2, 1000);
                }
            }
        } catch (UpstreamRefusal refusal) {
            end.accept(subscription);
            connection.send(json.writeValueAsString(new ErrorFrame(refusal.code(), refusal.getMessage(), conversation, null,
                    refusal.retryAfterSeconds())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits (up to the send timeout) until the client's outbox can take a page. */
    private boolean awaitRoom(ConversationSubscription subscription) throws InterruptedException {
        int need = Math.min(properties.backfillPageSize(), properties.outboxCapacity() / 2);
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        while (subscription.connection().outboxRoom() < need) {
            if (System.nanoTime() > deadline || !subscription.connection().isOpen()) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}

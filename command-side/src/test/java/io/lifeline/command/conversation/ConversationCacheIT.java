package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The command side keeps at most {@code lifeline.conversation.cache-size} conversations loaded, and a
 * loaded conversation stays loaded through garbage collections, including those that empty a cache of
 * weak references.
 */
@TestPropertySource(properties = {
        "lifeline.conversation.cache-size=" + ConversationCacheIT.CACHE_SIZE})
@DirtiesContext // closed after the class, like any second instance
class ConversationCacheIT extends CommandSideIntegrationTest {
    static final int CACHE_SIZE = 3;

    @Autowired
    ActingGateway commands;
    @Autowired
    @Qualifier("conversationCache")
    Cache conversationCache;

    private record Started(ConversationId id, Acting device) {
    }

    @BeforeEach
    void emptyTheCache() {
        conversationCache.removeAll(); // each test counts only the conversations it started
    }

    @Test
    void theCommandSideKeepsAtMostCacheSizeConversationsLoaded() {
        List<Started> conversations = new ArrayList<>();
        for (int i = 0; i < CACHE_SIZE; i++) {
            conversations.add(start());
        }
        assertThat(cached(conversations)).as("conversations started up to the limit are all kept").isEqualTo(CACHE_SIZE);

        conversations.add(start());
        conversations.add(start());
        assertThat(cached(conversations)).as("conversations kept after starting two more").isEqualTo(CACHE_SIZE);

        // The ones dropped are still known to exist: a command to each is accepted, loaded from the store.
        for (Started conversation : conversations) {
            MessageAccepted accepted = commands.send(new SendMessage(conversation.id(), MessageId.random(),
                    new ClientMessageId("after-eviction"), MessageContent.text("still there?"), null, false),
                    conversation.device());
            assertThat(accepted.sequence()).isEqualTo(1);
        }
        assertThat(cached(conversations)).as("conversations kept after loading every one again").isEqualTo(CACHE_SIZE);
    }

    @Test
    void aCachedConversationStaysCachedThroughCollectionsThatEmptyAWeakCache() {
        Started conversation = start();
        assertThat(conversationCache.containsKey(conversation.id().toString())).as("cached once started").isTrue();

        collectUntilAWeakCacheIsEmptied();

        assertThat(conversationCache.containsKey(conversation.id().toString())).as("cached after the collections").isTrue();
    }

    /**
     * Collects garbage until an entry of Axon's {@link WeakReferenceCache}, held by nothing else, is
     * gone, and fails if none of the collections cleared it: otherwise a cache of weak references
     * could have passed the test above too.
     */
    private static void collectUntilAWeakCacheIsEmptied() {
        Cache weak = new WeakReferenceCache();
        weak.put("control", new Object());
        for (int attempt = 0; attempt < 20 && weak.containsKey("control"); attempt++) {
            System.gc();
        }
        assertThat(weak.containsKey("control")).as("the weak cache's entry survived every collection").isFalse();
    }

    private int cached(List<Started> conversations) {
        return (int) conversations.stream().filter(c -> conversationCache.containsKey(c.id().toString())).count();
    }

    private Started start() {
        DeviceId device = new DeviceId(newDeviceId());
        Acting acting = Acting.device(device);
        ConversationOpened opened = commands.send(new StartConversation(ConversationId.random(), device, Channel.MOBILE,
                null, new ConversationContext(ContextKind.REQUEST, "cache"), Priority.NORMAL, null, null, true), acting);
        return new Started(opened.conversationId(), acting);
    }
}

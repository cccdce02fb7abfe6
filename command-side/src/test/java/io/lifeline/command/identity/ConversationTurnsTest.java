package io.lifeline.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationTurnsTest {
    private final ConversationTurns turns = new ConversationTurns();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheTurn() {
        release.countDown();
    }

    @Test
    void aCommandWaitsForTheTurnAnotherCommandToItsConversationHolds() throws Exception {
        holdTheTurnOf("conversation-1");

        var waiting = CompletableFuture.supplyAsync(() -> turns.inTurn("conversation-1", () -> "ran"));

        assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("ran");
    }

    @Test
    void aCommandSentInsideAnotherUnitOfWorkTakesNoTurn() throws Exception {
        holdTheTurnOf("conversation-1");

        var nested = CompletableFuture.supplyAsync(() -> {
            var work = DefaultUnitOfWork.startAndGet(null);
            try {
                return turns.inTurn("conversation-1", () -> "ran");
            } finally {
                work.rollback();
            }
        });

        assertThat(nested.get(10, TimeUnit.SECONDS)).isEqualTo("ran"); // while the turn is still held
    }

    private void holdTheTurnOf(String conversation) throws InterruptedException {
        CompletableFuture.runAsync(() -> turns.inTurn(conversation, () -> {
            holding.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    }
}

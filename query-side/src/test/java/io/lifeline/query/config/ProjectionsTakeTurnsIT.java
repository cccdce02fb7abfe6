package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One projection at a time applies a batch (the default of {@code lifeline.projections.batches-at-once}). */
class ProjectionsTakeTurnsIT extends QuerySideIntegrationTest {
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void aSecondProjectionWaitsWhileOneHoldsItsTransaction() throws Exception {
        var processing = axon.eventProcessingConfiguration();
        Transaction inbox = processing.transactionManager("inbox").startTransaction();
        var timelineStarted = new CompletableFuture<Void>();
        var timeline = new Thread(() -> {
            processing.transactionManager("timeline").startTransaction().commit();
            timelineStarted.complete(null);
        });
        try {
            timeline.start();
            for (int i = 0; i < 1_000 && timeline.getState() != Thread.State.WAITING; i++) {
                Thread.sleep(10);
            }
            assertThat(timeline.getState()).isEqualTo(Thread.State.WAITING);
            assertThat(timelineStarted).isNotDone();
        } finally {
            inbox.commit();
        }
        timelineStarted.get(30, TimeUnit.SECONDS);
    }
}

package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Parts started at once: how they stop, and how a failure among them is reported. */
class ConcurrentStartTest {
    private final List<String> stopped = Collections.synchronizedList(new ArrayList<>());
    private final ShutdownSequence shutdown = new ShutdownSequence();
    private final ConcurrentStart start = new ConcurrentStart(shutdown);

    @Test
    void partsStopInTheReverseOfTheOrderTheyWereBegunWhateverOrderTheyFinishedStartingIn() throws Exception {
        var firstMayFinish = new CountDownLatch(1);
        start.begin("the first", () -> {
            firstMayFinish.await();
            return part("first");
        });
        start.begin("the second", () -> {
            AutoCloseable second = part("second");
            firstMayFinish.countDown(); // so the second is in the sequence before the first
            return second;
        });

        start.await();
        shutdown.close();

        assertThat(stopped).containsExactly("second", "first");
    }

    @Test
    void aFailedPartIsNamedOnceTheOthersHaveStartedAndAreInTheSequence() {
        var failed = new CountDownLatch(1);
        start.begin("the slow one", () -> {
            failed.await();
            return part("slow");
        });
        start.begin("the broken one", () -> {
            try {
                throw new IllegalStateException("no such setting");
            } finally {
                failed.countDown();
            }
        });

        ComponentDidNotStart failure = catchThrowableOfType(ComponentDidNotStart.class, start::await);
        shutdown.close();

        assertThat(failure.component()).isEqualTo("the broken one");
        assertThat(failure).hasMessage("the broken one could not start: no such setting");
        assertThat(stopped).containsExactly("slow");
    }

    @Test
    void everyFailureIsKeptTheFirstBegunFirst() {
        start.begin("the first", () -> {
            throw new IllegalStateException("one");
        });
        start.begin("the second", () -> {
            throw new IllegalStateException("two");
        });

        ComponentDidNotStart failure = catchThrowableOfType(ComponentDidNotStart.class, start::await);

        assertThat(failure.component()).isEqualTo("the first");
        assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
                .containsExactly("the second could not start: two");
    }

    private AutoCloseable part(String name) {
        return () -> stopped.add(name);
    }
}

package io.lifeline.standalone.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

/** The leak check the relay's tests rely on can fail: a buffer never released is reported. */
class LeakWatchTest {
    @Test
    void aBufferThatIsNeverReleasedIsReported() throws Exception {
        LeakWatch watch = new LeakWatch();
        allocateAndForget();
        assertThat(watch.leaks()).isNotEmpty();
    }

    private static void allocateAndForget() {
        ByteBufAllocator.DEFAULT.buffer(64).writeInt(1);
    }
}

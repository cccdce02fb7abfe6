package io.lifeline.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.WakeupException;
import org.junit.jupiter.api.Test;

class PromptConsumerCloseTest {
    private final List<String> calls = new ArrayList<>();
    private final List<Object> closeOptions = new ArrayList<>();

    @Test
    void aPlainCloseWaitsAtMostTheCloseTimeout() {
        PromptConsumerClose.closingPromptly(recorder()).close();

        assertThat(calls).containsExactly("close(CloseOptions)");
        assertThat(((CloseOptions) closeOptions.get(0)).timeout()).hasValue(PromptConsumerClose.CLOSE_TIMEOUT);
    }

    @Test
    void everyOtherCallGoesToTheConsumerUnchanged() {
        Consumer<String, String> consumer = PromptConsumerClose.closingPromptly(recorder());

        assertThat(consumer.subscription()).containsExactly("lifeline.commands");
        consumer.close(CloseOptions.timeout(java.time.Duration.ofSeconds(7)));

        assertThat(calls).containsExactly("subscription", "close(CloseOptions)");
        assertThat(((CloseOptions) closeOptions.get(0)).timeout()).hasValue(java.time.Duration.ofSeconds(7));
    }

    @Test
    void theConsumersOwnExceptionsComeThroughUnwrapped() {
        assertThatThrownBy(() -> PromptConsumerClose.closingPromptly(recorder()).wakeup())
                .isInstanceOf(WakeupException.class);
    }

    @SuppressWarnings("unchecked")
    private Consumer<String, String> recorder() {
        return (Consumer<String, String>) Proxy.newProxyInstance(Consumer.class.getClassLoader(),
                new Class<?>[] {Consumer.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "subscription" -> {
                        calls.add("subscription");
                        yield Set.of("lifeline.commands");
                    }
                    case "close" -> {
                        calls.add(method.getParameterCount() == 0 ? "close()"
                                : "close(" + method.getParameterTypes()[0].getSimpleName() + ")");
                        if (arguments != null) {
                            closeOptions.add(arguments[0]);
                        }
                        yield null;
                    }
                    case "wakeup" -> throw new WakeupException();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package io.lifeline.support.kafka;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Consumers close within {@link #CLOSE_TIMEOUT} instead of the client's 30 s. The broker holds an
 * idle consumer's fetch open for {@code spring.kafka.consumer.fetch-max-wait} (5 s in the bridge and
 * the query side, so that an idle consumer costs little), and closing a consumer first asks the broker to drop its fetch session,
 * a request the broker answers only after that held fetch: every consumer would take up to the whole
 * wait to stop. Offsets are committed before the close (Spring Kafka does so when a container stops)
 * and leaving the group is a single quick request, so the close only gives up on the session, which
 * the broker drops on its own.
 */
@Configuration(proxyBeanMethods = false)
public class PromptConsumerClose {
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(1);

    @Bean
    DefaultKafkaConsumerFactoryCustomizer consumersClosePromptly() {
        return factory -> factory.addPostProcessor(PromptConsumerClose::closingPromptly);
    }

    /** The consumer, with {@code close()} bounded by {@link #CLOSE_TIMEOUT}; every other call unchanged. */
    @SuppressWarnings("unchecked")
    static <K, V> Consumer<K, V> closingPromptly(Consumer<K, V> consumer) {
        return (Consumer<K, V>) Proxy.newProxyInstance(Consumer.class.getClassLoader(), new Class<?>[] {Consumer.class},
                (proxy, method, arguments) -> {
                    if (isPlainClose(method)) {
                        consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
                        return null;
                    }
                    if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                        return proxy == arguments[0];
                    }
                    if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                        return System.identityHashCode(proxy);
                    }
                    try {
                        return method.invoke(consumer, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }

    private static boolean isPlainClose(Method method) {
        return method.getName().equals("close") && method.getParameterCount() == 0;
    }
}

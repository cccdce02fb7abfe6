package io.lifeline.command.publishing;

import io.lifeline.support.derivedstate.DerivedStateTransactions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One instance runs the publisher at a time: whichever holds the claim on its token. The claim
 * lapses {@code lifeline.kafka.publisher-claim-timeout} after the owner last extended it; the owner
 * extends it four times per timeout while no event comes (each batch it publishes extends it too),
 * and every other instance tries to take the publisher over just as often. So when the owner dies,
 * live delivery resumes within about one and a quarter timeouts, while the other processors keep
 * Axon's longer default claim. Its transactions hold only its position, which may go back after a
 * database crash (events are then published again, as after any retry), so they commit without
 * waiting for the flush ({@link DerivedStateTransactions}).
 */
@Configuration(proxyBeanMethods = false)
class PublisherProcessing {
    private static final int CHECKS_PER_CLAIM_TIMEOUT = 4;
    private static final Duration MIN_CLAIM_TIMEOUT = Duration.ofMillis(500);

    @Bean
    ConfigurerModule publisherTakesOverFromADeadInstance(
            @Value("${lifeline.kafka.publisher-claim-timeout}") Duration claimTimeout,
            @Value("${lifeline.kafka.publish-batch}") int batchSize, ConnectionProvider connections,
            Serializer serializer, TokenSchema schema, DataSource dataSource) {
        if (claimTimeout.compareTo(MIN_CLAIM_TIMEOUT) < 0) {
            throw new IllegalArgumentException("lifeline.kafka.publisher-claim-timeout must be at least " + MIN_CLAIM_TIMEOUT);
        }
        long checkEvery = claimTimeout.toMillis() / CHECKS_PER_CLAIM_TIMEOUT;
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(KafkaEventPublisher.PROCESSING_GROUP, c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(schema)
                        .contentType(byte[].class)
                        .claimTimeout(claimTimeout)
                        .build())
                .registerTransactionManager(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> new SpringTransactionManager(new DerivedStateTransactions(dataSource)))
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP, c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize)
                                .andEventAvailabilityTimeout(checkEvery, TimeUnit.MILLISECONDS)
                                .andTokenClaimInterval(checkEvery, TimeUnit.MILLISECONDS));
    }
}

package io.lifeline.command.config;

import io.lifeline.contracts.serialization.EventJson;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Events, snapshots, tokens and messages in the one stored form every service shares ({@link EventJson}). */
@Configuration
class SerializerConfig {

    @Bean
    @Primary
    Serializer serializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return EventJson.serializer();
    }
}

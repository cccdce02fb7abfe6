package io.lifeline.command.config;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Events, snapshots, tokens and messages are JSON (Jackson 3), readable by people and by other
 * languages. Polymorphic types are allowed only from Axon and Lifeline, which Axon's replay tokens need.
 */
@Configuration
class SerializerConfig {

    static Jackson3Serializer jsonSerializer() {
        var allowed = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("io.lifeline.")
                .build();
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(allowed))
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jsonSerializer();
    }
}

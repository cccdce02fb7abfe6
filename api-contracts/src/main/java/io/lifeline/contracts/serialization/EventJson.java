package io.lifeline.contracts.serialization;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * How events, snapshots, tokens and messages are written: JSON through Jackson 3, readable by
 * people and other languages. Every service that reads or writes the event store uses this one
 * form. Polymorphic types are allowed only from Axon and Lifeline (Axon's replay tokens need them).
 */
public final class EventJson {
    private EventJson() {
    }

    public static Jackson3Serializer serializer() {
        var allowed = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("io.lifeline.")
                .build();
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(allowed).addModule(new ConstructorCalls()))
                .build();
    }
}

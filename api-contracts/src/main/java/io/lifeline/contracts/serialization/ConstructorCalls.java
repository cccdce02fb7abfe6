package io.lifeline.contracts.serialization;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module: a record, or any value built through a constructor of several parameters, is
 * built by calling that constructor through the JDK's reflection ({@link ReflectiveConstructorCall}).
 * Jackson 3 calls it with {@code MethodHandle.invokeWithArguments}, which adapts the handle anew at
 * every call: under load about 2 % of the server's CPU went there. Registered on every mapper that
 * reads frames, envelopes or events.
 */
public final class ConstructorCalls extends SimpleModule {

    public ConstructorCalls() {
        super("lifeline-constructor-calls");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier type,
                                                             ValueInstantiator instantiator) {
                return ReflectiveConstructorCall.inPlaceOf(instantiator);
            }
        });
    }
}

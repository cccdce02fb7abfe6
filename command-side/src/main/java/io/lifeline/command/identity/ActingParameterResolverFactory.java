package io.lifeline.command.identity;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets any message handler declare an {@link Acting} parameter. Registered through
 * {@code META-INF/services}, so it works in the application and in aggregate test fixtures alike.
 */
public class ActingParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Acting> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!Acting.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public Acting resolveParameterValue(Message<?> message) {
                return Acting.from(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true; // a command without an actor must fail loudly, not look unhandled
            }
        };
    }
}

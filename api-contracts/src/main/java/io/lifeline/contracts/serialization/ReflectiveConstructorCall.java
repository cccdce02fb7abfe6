package io.lifeline.contracts.serialization;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Jackson's own instantiator with one call changed: the constructor that takes the properties is
 * called through {@link Constructor#newInstance}. A failure inside it reaches the caller as Jackson
 * reports it otherwise (a {@code ValueInstantiationException} naming the type and the cause).
 */
final class ReflectiveConstructorCall extends StdValueInstantiator {
    private final Constructor<?> constructor;

    private ReflectiveConstructorCall(StdValueInstantiator jacksons, Constructor<?> constructor) {
        super(jacksons);
        this.constructor = constructor;
    }

    /** This instantiator where Jackson's would call a constructor of several parameters; Jackson's otherwise. */
    static ValueInstantiator inPlaceOf(ValueInstantiator instantiator) {
        if (instantiator.getClass() == StdValueInstantiator.class // a subclass may build the value its own way
                && instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
                && creator.getParameterCount() > 1
                && creator.getAnnotated().trySetAccessible()) {
            return new ReflectiveConstructorCall((StdValueInstantiator) instantiator, creator.getAnnotated());
        }
        return instantiator;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] arguments) throws JacksonException {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException thrown) {
            return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, thrown.getCause()));
        } catch (ReflectiveOperationException | IllegalArgumentException unusable) {
            return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, unusable));
        }
    }
}

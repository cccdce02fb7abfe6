package io.lifeline.contracts.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

class ConstructorCallsTest {
    private static final String PAIR = "{\"left\":\"a\",\"right\":2}";

    /** A record that notes how its constructor was reached. */
    record Pair(String left, int right) {
        static List<String> lastCallers = List.of();

        Pair {
            Objects.requireNonNull(left, "left");
            lastCallers = StackWalker.getInstance().walk(frames -> frames.limit(12)
                    .map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList());
        }
    }

    @Test
    void aRecordIsBuiltThroughReflectionNotInvokeWithArguments() {
        Pair pair = read(JsonMapper.builder().addModule(new ConstructorCalls()).build(), PAIR);

        assertThat(pair).isEqualTo(new Pair("a", 2));
        assertThat(callersOf(PAIR, JsonMapper.builder().addModule(new ConstructorCalls()).build()))
                .contains(ReflectiveConstructorCall.class.getName() + ".createFromObjectWith")
                .doesNotContain("java.lang.invoke.MethodHandle.invokeWithArguments");
    }

    @Test
    void withoutTheModuleJacksonCallsInvokeWithArguments() { // the call the module replaces: the test above can tell them apart
        assertThat(callersOf(PAIR, JsonMapper.builder().build())).contains("java.lang.invoke.MethodHandle.invokeWithArguments");
    }

    @Test
    void aConstructorThatRefusesItsArgumentsFailsAsWithJacksonsOwnCall() {
        String missing = "{\"right\":2}";

        Throwable ours = catchThrown(JsonMapper.builder().addModule(new ConstructorCalls()).build(), missing);
        Throwable jacksons = catchThrown(JsonMapper.builder().build(), missing);

        assertThat(ours).isInstanceOf(ValueInstantiationException.class).hasRootCauseInstanceOf(NullPointerException.class)
                .hasRootCauseMessage("left");
        assertThat(ours.getClass()).isEqualTo(jacksons.getClass());
        assertThat(ours.getMessage()).isEqualTo(jacksons.getMessage());
    }

    @Test
    void everyMapperThatFindsItsModulesAndTheEventSerializerHaveIt() {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();

        assertThat(found.registeredModules()).extracting(JacksonModule::getModuleName).contains("lifeline-constructor-calls");
        assertThat(EventJson.serializer().getObjectMapper().registeredModules()).extracting(JacksonModule::getModuleName)
                .contains("lifeline-constructor-calls");
    }

    private static List<String> callersOf(String json, ObjectMapper mapper) {
        read(mapper, json);
        return Pair.lastCallers;
    }

    private static Pair read(ObjectMapper mapper, String json) {
        return mapper.readValue(json, Pair.class);
    }

    private static Throwable catchThrown(ObjectMapper mapper, String json) {
        try {
            read(mapper, json);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        throw new AssertionError("no failure");
    }
}

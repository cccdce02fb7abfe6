package io.lifeline.support.apidocs;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the properties of Lifeline's records that may be null as nullable ({@code type: [x, 'null']}
 * in OpenAPI 3.1, {@code nullable: true} in 3.0), since the services write nulls rather than leave
 * fields out. A component may be null unless it is a primitive, a collection, a map or an array
 * (which Lifeline always fills, empty when there is nothing) or Bean Validation requires it. That is
 * the conservative reading: a field that happens never to be null is still only promised as nullable.
 */
public class NullableProperties implements ModelConverter {
    /** Bean Validation's, by name: service-support does not itself depend on Bean Validation. */
    private static final Set<String> REQUIRED = Set.of("jakarta.validation.constraints.NotNull",
            "jakarta.validation.constraints.NotBlank", "jakarta.validation.constraints.NotEmpty");

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = rawClass(type);
        if (resolved == null || raw == null || !raw.isRecord() || !raw.getPackageName().startsWith("io.lifeline")) {
            return resolved;
        }
        Schema model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        List<?> required = model.getRequired() == null ? List.of() : model.getRequired();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property != null && !required.contains(component.getName()) && mayBeNull(raw, component)) {
                properties.put(component.getName(), nullable(property, model.getSpecVersion()));
            }
        }
        return resolved;
    }

    private static boolean mayBeNull(Class<?> record, RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isPrimitive() || type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return false;
        }
        List<AnnotatedElement> places = new ArrayList<>(List.of(component, component.getAccessor()));
        try {
            places.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // a record always has its component's field; nothing more to look at if not
        }
        return places.stream().flatMap(place -> java.util.Arrays.stream(place.getAnnotations()))
                .noneMatch(annotation -> REQUIRED.contains(annotation.annotationType().getName()));
    }

    /** Idempotent: every context in one JVM registers a converter in swagger's one global chain. */
    private static Schema nullable(Schema property, SpecVersion version) {
        if (version != SpecVersion.V31) {
            return property.nullable(true);
        }
        if (property.get$ref() != null) {
            return new JsonSchema().anyOf(List.of(new JsonSchema().$ref(property.get$ref()),
                    new JsonSchema().types(Set.of("null")))).description(property.getDescription());
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                property.addEnumItemObject(null);
            }
        }
        return property;
    }

    private static Class<?> rawClass(AnnotatedType type) {
        if (type.getType() == null) {
            return null;
        }
        try {
            return TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

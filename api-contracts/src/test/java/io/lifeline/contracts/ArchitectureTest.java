package io.lifeline.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.routing.DeskEvent;
import io.lifeline.contracts.staff.StaffEvent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.contracts");

    @Test
    void contractsUseNoSpringOrJpa() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .check(CONTRACTS);
    }

    @Test
    void contractsDependOnNoLifelineModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.lifeline.command..", "io.lifeline.query..", "io.lifeline.bridge..")
                .check(CONTRACTS);
    }

    @Test
    void eventsAreRecordsWithARevision() {
        classes().that().implement(ConversationEvent.class).or().implement(StaffEvent.class).or().implement(DeskEvent.class)
                .or().implement(io.lifeline.contracts.site.SiteEvent.class)
                .should().beRecords().andShould().beAnnotatedWith(Revision.class)
                .check(CONTRACTS);
    }

    @Test
    void eventsAreNamedAsFactsInThePastTense() {
        classes().that().implement(ConversationEvent.class).or().implement(StaffEvent.class).or().implement(DeskEvent.class)
                .or().implement(io.lifeline.contracts.site.SiteEvent.class)
                .should().haveSimpleNameEndingWith("ed").orShould().haveSimpleNameEndingWith("Sent")
                .orShould().haveSimpleNameEndingWith("Read").orShould().haveSimpleNameEndingWith("Left")
                .check(CONTRACTS);
    }

    @Test
    void recordsInContractsAreImmutableValues() {
        classes().that().areRecords().should().haveOnlyFinalFields().check(CONTRACTS);
    }

    @Test
    void recordsInContractsCopyTheCollectionsTheyAreGiven() {
        COLLECTIONS_ARE_COPIED.check(CONTRACTS);
    }

    /**
     * A final field still shares a caller's list: a record with a List, Set or Map component copies it
     * in its canonical constructor ({@code List.copyOf} and its kin), so that neither the caller nor a
     * reader can change the value afterwards. The check counts the copies the constructor makes of each
     * collection type against the components of that type.
     */
    static final ArchRule COLLECTIONS_ARE_COPIED = classes().that().areRecords()
            .should(copyTheirCollectionComponentsInTheCanonicalConstructor());

    private static final Map<Class<?>, Set<Class<?>>> COPIES_FOR = Map.of(
            List.class, Set.of(List.class),
            Set.class, Set.of(Set.class),
            Map.class, Set.of(Map.class),
            Collection.class, Set.of(List.class, Set.class));

    private static ArchCondition<JavaClass> copyTheirCollectionComponentsInTheCanonicalConstructor() {
        return new ArchCondition<>("copy their List, Set and Map components in the canonical constructor") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                RecordComponent[] components = record.reflect().getRecordComponents();
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                JavaConstructor canonical = record.getConstructor(types);
                for (var collection : COPIES_FOR.entrySet()) {
                    List<String> kept = Arrays.stream(components)
                            .filter(component -> component.getType() == collection.getKey())
                            .map(RecordComponent::getName).toList();
                    long copies = canonical.getMethodCallsFromSelf().stream()
                            .filter(call -> call.getName().equals("copyOf"))
                            .filter(call -> collection.getValue().stream()
                                    .anyMatch(copy -> call.getTargetOwner().isEquivalentTo(copy)))
                            .count();
                    if (!kept.isEmpty() && copies < kept.size()) {
                        events.add(SimpleConditionEvent.violated(record, record.getName() + " keeps its "
                                + collection.getKey().getSimpleName() + " component(s) " + kept + " as given: its"
                                + " canonical constructor makes " + copies + " copies (" + copyNames(collection.getValue())
                                + ") for " + kept.size()));
                    }
                }
            }
        };
    }

    private static String copyNames(Set<Class<?>> copies) {
        return copies.stream().map(copy -> copy.getSimpleName() + ".copyOf").sorted()
                .collect(java.util.stream.Collectors.joining(" or "));
    }
}

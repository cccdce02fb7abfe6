package io.lifeline.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.support");

    @Test
    void theSharedSupportKnowsNoService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.lifeline.command..", "io.lifeline.query..", "io.lifeline.bridge..")
                .check(CLASSES);
    }

    @Test
    void itSendsNoCommandsAndHandlesNoEvents() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.axonframework.commandhandling..", "org.axonframework.modelling..",
                        "org.axonframework.queryhandling..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventhandling.EventHandler")
                .check(CLASSES);
    }

    @Test
    void onlyTheEventStoresWakeUpAndTheProcessorsConstructionKnowAxon() {
        noClasses().that().resideOutsideOfPackages("io.lifeline.support.storedevents..", "io.lifeline.support.processing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..").check(CLASSES);
    }
}

package io.lifeline.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.staff.StaffEvent;
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
        classes().that().implement(ConversationEvent.class).or().implement(StaffEvent.class)
                .should().beRecords().andShould().beAnnotatedWith(Revision.class)
                .check(CONTRACTS);
    }

    @Test
    void eventsAreNamedAsFactsInThePastTense() {
        classes().that().implement(ConversationEvent.class).or().implement(StaffEvent.class)
                .should().haveSimpleNameEndingWith("ed").orShould().haveSimpleNameEndingWith("Sent")
                .orShould().haveSimpleNameEndingWith("Read").orShould().haveSimpleNameEndingWith("Left")
                .check(CONTRACTS);
    }

    @Test
    void recordsInContractsAreImmutableValues() {
        classes().that().areRecords().should().haveOnlyFinalFields().check(CONTRACTS);
    }
}

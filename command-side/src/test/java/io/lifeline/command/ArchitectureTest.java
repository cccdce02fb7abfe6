package io.lifeline.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.command");

    @Test
    void everyEventHandlerBelongsToAProcessingGroup() {
        methods().that().areAnnotatedWith(EventHandler.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(ProcessingGroup.class)
                .check(COMMAND_SIDE);
    }

    @Test
    void wiringHoldsNoBusinessRules() {
        noClasses().that().resideInAPackage("..command.config..")
                .should().dependOnClassesThat().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .check(COMMAND_SIDE);
        noMethods().that().areAnnotatedWith(CommandHandler.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..command.config..")
                .check(COMMAND_SIDE);
    }

    @Test
    void identityDependsOnNoFeature() {
        noClasses().that().resideInAPackage("..command.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("..command.conversation..", "..command.staff..", "..command.config..")
                .check(COMMAND_SIDE);
    }

    @Test
    void conversationsDoNotReachIntoStaffAccounts() {
        noClasses().that().resideInAPackage("..command.conversation..")
                .should().dependOnClassesThat().resideInAPackage("..command.staff..")
                .check(COMMAND_SIDE);
    }

    @Test
    void conversationsDoNotReachIntoAttachments() {
        noClasses().that().resideInAPackage("..command.conversation..")
                .should().dependOnClassesThat().resideInAPackage("..command.attachment..")
                .check(COMMAND_SIDE);
    }

    @Test
    void eventSourcingHandlersOnlyLiveInAggregates() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .check(COMMAND_SIDE);
    }

    @Test
    void noTechnicalPackagesButConfig() {
        noClasses().should().resideInAnyPackage("..service..", "..dto..", "..impl..", "..util..").check(COMMAND_SIDE);
    }

    @Test
    void theServiceDependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.lifeline.query..", "io.lifeline.bridge..")
                .check(COMMAND_SIDE);
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        assertEveryPackageHasPackageInfo(Path.of("src/main/java"));
    }

    static void assertEveryPackageHasPackageInfo(Path sources) throws IOException {
        try (Stream<Path> dirs = Files.walk(sources)) {
            dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).forEach(dir ->
                    assertThat(dir.resolve("package-info.java")).as("package-info.java in " + dir).exists());
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.toString().endsWith(".java") && !file.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

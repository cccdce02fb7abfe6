package io.lifeline.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.query");

    @Test
    void sendsNoCommandsAndHandlesNone() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..")
                .check(CLASSES);
    }

    @Test
    void everyEventHandlerBelongsToAProcessingGroup() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.axonframework.eventhandling.EventHandler.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(org.axonframework.config.ProcessingGroup.class)
                .check(CLASSES);
    }

    @Test
    void everyProjectionClearsItsOwnTablesOnRebuild() {
        CLASSES.stream().filter(type -> type.isAnnotatedWith(org.axonframework.config.ProcessingGroup.class))
                .forEach(projection -> assertThat(projection.getMethods())
                        .as(projection.getName() + " has a @ResetHandler")
                        .anyMatch(method -> method.isAnnotatedWith(org.axonframework.eventhandling.ResetHandler.class)));
    }

    @Test
    void noTechnicalPackagesButConfig() {
        noClasses().should().resideInAnyPackage("..service..", "..dto..", "..impl..", "..util..").check(CLASSES);
    }

    @Test
    void theServiceDependsOnNoOtherService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.lifeline.command..", "io.lifeline.bridge..")
                .check(CLASSES);
    }

    @Test
    void everyPackageSaysWhatLivesThere() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java"))) {
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

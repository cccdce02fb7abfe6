package io.lifeline.standalone;

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
    private static final JavaClasses STANDALONE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.standalone");

    @Test
    void standaloneStartsServicesOnlyThroughTheirApplicationClasses() {
        // The same code paths as the distributed deployment: no reaching into a service's features.
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.lifeline.command.*..", "io.lifeline.query.*..", "io.lifeline.bridge.*..")
                .check(STANDALONE);
    }

    @Test
    void noTechnicalPackagesButConfig() {
        noClasses().should().resideInAnyPackage("..service..", "..dto..", "..impl..", "..util..").check(STANDALONE);
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

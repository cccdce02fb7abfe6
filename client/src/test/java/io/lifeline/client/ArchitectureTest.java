package io.lifeline.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLIENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.lifeline.client");

    @Test
    void theClientUsesNoSpringAndNoServiceModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "io.lifeline.command..", "io.lifeline.query..",
                        "io.lifeline.bridge..", "org.axonframework..")
                .check(CLIENT);
    }

    @Test
    void onlyTheClientItsListenerPolicyAndFailuresArePublic() {
        classes().that().haveModifier(JavaModifier.PUBLIC)
                .should().haveSimpleName("LifelineClient")
                .orShould().haveFullyQualifiedName(LifelineClient.Builder.class.getName())
                .orShould().haveSimpleName("ClientListener")
                .orShould().haveSimpleName("ReconnectPolicy")
                .orShould().haveSimpleNameEndingWith("Exception")
                .orShould().haveSimpleName("package-info")
                .check(CLIENT);
    }

    @Test
    void thePackageSaysWhatLivesThere() {
        assertThat(Files.exists(Path.of("src/main/java/io/lifeline/client/package-info.java"))).isTrue();
    }
}

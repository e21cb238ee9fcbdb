package com.techladder.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** rules/ is plain Java + Drools: the policy must stay usable without Spring or a database. */
class RulesArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("com.techladder.rules");

    @Test
    void dependsOnNeitherSpringNorJpa() {
        noClasses().that().resideInAPackage("com.techladder.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..")
                .because("the rules module is plain Java + Drools (issue 3)")
                .check(RULES);
    }

    @Test
    void knowsNothingOfTheModulesThatUseIt() {
        noClasses().that().resideInAPackage("com.techladder.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.techladder.batch..", "com.techladder.registry..", "com.techladder.sample..")
                .because("modules depend one way: rules ← sample-data, rules ← batch-import ← registry-app")
                .check(RULES);
    }

    @Test
    void importsSomethingToCheck() {
        org.assertj.core.api.Assertions.assertThat(RULES.contain("com.techladder.rules.engine.PolicyEngines")).isTrue();
    }
}

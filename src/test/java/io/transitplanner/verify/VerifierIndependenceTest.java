package io.transitplanner.verify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The verifier is a second reading of the contract: it may lean on the domain records and the JDK, nothing else. */
class VerifierIndependenceTest {

    @Test
    void verifierDependsOnlyOnTheDomainAndTheJdk() {
        JavaClasses verifier = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.transitplanner.verify");

        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.transitplanner.verify..", "io.transitplanner.domain..", "java..")
                .check(verifier);
    }
}

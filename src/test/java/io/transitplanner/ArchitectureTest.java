package io.transitplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.transitplanner.solver.CandidateOptions;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: the domain knows no framework, the verifier only the domain, the review only both (and
 * nothing of the core depends on it), resources only services, services and stores nothing of HTTP, and persistence
 * entities stay package-private.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.transitplanner");
    }

    @Test
    void domainShouldUseNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.domain..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.transitplanner.domain..", "java..")
                .check(classes);
    }

    @Test
    void verifierShouldDependOnTheDomainOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.verify..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.transitplanner.verify..", "io.transitplanner.domain..", "java..")
                .check(classes);
    }

    @Test
    void reviewShouldDependOnTheDomainAndVerifierOnly() {
        // of the solver, only its candidate options, for the route length limit; no framework at all
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.review..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "reside outside review, domain, verify and java (the solver's CandidateOptions aside)",
                        (JavaClass c) -> !c.getName().equals(CandidateOptions.class.getName())
                                && !c.getPackageName().startsWith("java")
                                && !c.getPackageName().startsWith("io.transitplanner.review")
                                && !c.getPackageName().startsWith("io.transitplanner.domain")
                                && !c.getPackageName().startsWith("io.transitplanner.verify")))
                .check(classes);
    }

    @Test
    void coreShouldNotDependOnTheReview() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.transitplanner.domain..", "io.transitplanner.verify..", "io.transitplanner.solver..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.transitplanner.review..")
                .check(classes);
    }

    @Test
    void replayShouldDependOnTheDomainOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.replay..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.transitplanner.replay..", "io.transitplanner.domain..", "java..")
                .check(classes);
    }

    @Test
    void storesShouldNotDependOnTheReview() {
        // the review is computed in services from what the stores read, never inside a store
        noClasses()
                .that()
                .resideInAnyPackage("io.transitplanner.persistence..", "io.transitplanner.exchange..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.transitplanner.review..")
                .check(classes);
    }

    @Test
    void solverShouldNotKnowPersistenceOrRest() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.solver..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.transitplanner.persistence..",
                        "io.transitplanner.rest..",
                        "io.transitplanner.service..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void resourcesShouldTalkOnlyToServices() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.transitplanner.persistence..", "io.transitplanner.solver..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void persistenceShouldNotKnowServicesOrResources() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.transitplanner.rest..", "io.transitplanner.service..", "io.transitplanner.solver..")
                .check(classes);
    }

    @Test
    void servicesAndStoresShouldNotKnowHttp() {
        noClasses()
                .that()
                .resideInAnyPackage("io.transitplanner.service..", "io.transitplanner.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.transitplanner.rest..", "jakarta.ws.rs..")
                .check(classes);
    }

    /** The batch commands run without the service's container: they never reach into HTTP resources. */
    @Test
    void commandsShouldNotKnowResources() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.transitplanner.rest..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void observabilityShouldReadThroughServicesOnly() {
        noClasses()
                .that()
                .resideInAPackage("io.transitplanner.observability..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.transitplanner.persistence..",
                        "io.transitplanner.rest..",
                        "io.transitplanner.solver..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void entitiesShouldBePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAnnotatedWith(Embeddable.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }
}

package io.transitplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The dependency rules of the layers the API is built from. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.transitplanner");

    @Test
    void shouldKeepTheDomainFreeOfFrameworks() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..",
                        "org.optaplanner..", "com.fasterxml..", "io.smallrye..")
                .check(CLASSES);
    }

    @Test
    void shouldLetTheRestLayerTalkOnlyToServices() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.hibernate..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void shouldNotLetServicesOrStoresKnowAboutHttp() {
        noClasses().that().resideInAnyPackage("..service..", "..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "jakarta.ws.rs..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("..service..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEntitiesPackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .andShould().haveSimpleNameEndingWith("Entity").orShould().haveSimpleNameEndingWith("Embeddable")
                .orShould().haveSimpleNameEndingWith("Id")
                .check(CLASSES);
    }
}

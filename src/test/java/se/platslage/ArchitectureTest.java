package se.platslage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure the README's map describes, checked on the compiled classes: features form layers
 * (no feature reaches, directly or round about, back into one that depends on it), and the analysis engine is
 * plain Java that knows neither Spring nor the rest of the service.
 */
@AnalyzeClasses(packages = "se.platslage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("se.platslage.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule analysisIsPlainJava = noClasses().that().resideInAPackage("se.platslage.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are in the service outside analysis",
                    c -> c.getPackageName().startsWith("se.platslage.")
                            && !c.getPackageName().startsWith("se.platslage.analysis")));

    /** The rules check what was imported: the service's features and its engine, and none of the tests. */
    @ArchTest
    static void theRulesSeeTheWholeService(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("se.platslage.analysis"))
                .anyMatch(p -> p.equals("se.platslage.measure"))
                .anyMatch(p -> p.equals("se.platslage.security"));
        assertThat(classes.stream().map(JavaClass::getSimpleName)).noneMatch(n -> n.endsWith("Test"));
    }
}

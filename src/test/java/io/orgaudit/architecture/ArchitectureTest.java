package io.orgaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.demo.DemoConfiguration;

/**
 * The boundaries of DESIGN.md section 8: AWS SDK types, POI and Spring stay where they belong; and the scan's
 * packages depend one way only: launch -> job -> scan -> store.
 * The boundaries of DESIGN.md section 8: AWS SDK types, POI and Spring stay where they belong; the simulated AWS of
 * section 5 is reached only through the demo configuration, and its sub-packages depend on each other one way.
 */
@AnalyzeClasses(packages = "io.orgaudit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule awsSdkStaysInTheAwsFacingPackages = noClasses()
            .that().resideOutsideOfPackages("io.orgaudit.organization..", "io.orgaudit.access..",
                    "io.orgaudit.evidence..", "io.orgaudit.delivery..", "io.orgaudit.simulator..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule poiStaysInTheReport = noClasses()
            .that().resideOutsideOfPackage("io.orgaudit.report..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule thePatternEngineIsPlainJava = noClasses()
            .that().resideInAPackage("io.orgaudit.pattern..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "software.amazon.awssdk..");

    @ArchTest
    static final ArchRule evaluatorsDoNotCallAws = noClasses()
            .that().resideInAPackage("io.orgaudit.rule..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("software.amazon.awssdk..")
                    .or(JavaClass.Predicates.belongToAnyOf(AwsAccess.class, AccountSession.class)));

    @ArchTest
    static final ArchRule onlyTheJobUsesSpringBatch = noClasses()
            .that().resideOutsideOfPackage("io.orgaudit.job..").and().resideOutsideOfPackage("io.orgaudit")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..");

    /** The store is the bottom of the scan's packages: runs, accounts, evidence and verdicts, whoever writes them. */
    @ArchTest
    static final ArchRule theStoreKnowsNothingOfWhoUsesIt = noClasses()
            .that().resideInAPackage("io.orgaudit.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.orgaudit.scan..", "io.orgaudit.job..",
                    "io.orgaudit.launch..");

    /** The scanning loop runs without Spring Batch (see onlyTheJobUsesSpringBatch) and without its wiring. */
    @ArchTest
    static final ArchRule theScanKnowsNothingOfTheJobOrTheLaunch = noClasses()
            .that().resideInAPackage("io.orgaudit.scan..")
            .should().dependOnClassesThat().resideInAnyPackage("io.orgaudit.job..", "io.orgaudit.launch..");

    /** The launch starts the jobs; the jobs never reach back into the command line. */
    @ArchTest
    static final ArchRule theJobKnowsNothingOfTheLaunch = noClasses()
            .that().resideInAPackage("io.orgaudit.job..")
            .should().dependOnClassesThat().resideInAPackage("io.orgaudit.launch..");
    @ArchTest
    static final ArchRule onlyTheDemoConfigurationKnowsTheSimulator = noClasses()
            .that().resideOutsideOfPackage("io.orgaudit.simulator..").and().doNotBelongToAnyOf(DemoConfiguration.class)
            .should().dependOnClassesThat().resideInAPackage("io.orgaudit.simulator..");

    @ArchTest
    static final ArchRule theSimulatorKnowsNothingOfOrgaudit = noClasses()
            .that().resideInAPackage("io.orgaudit.simulator..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.orgaudit..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("io.orgaudit.simulator..")));

    @ArchTest
    static final ArchRule theSimulatorSubPackagesAreFreeOfCycles = slices()
            .matching("io.orgaudit.simulator.(*)..").should().beFreeOfCycles();

    /** The wire protocols serve any service: the services plug in through QueryApi, JsonApi and RestXmlApi. */
    @ArchTest
    static final ArchRule theProtocolsKnowNoService = noClasses()
            .that().resideInAPackage("io.orgaudit.simulator.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("io.orgaudit.simulator.server..",
                    "io.orgaudit.simulator.api..");

    @ArchTest
    static final ArchRule theScenarioIsAPlainModel = noClasses()
            .that().resideInAPackage("io.orgaudit.simulator.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("io.orgaudit.simulator", "io.orgaudit.simulator.protocol..",
                    "io.orgaudit.simulator.server..", "io.orgaudit.simulator.api..");

    /** Every package can be read on its own terms: none depends, through others, on what depends on it. */
    @ArchTest
    static final ArchRule thePackagesAreFreeOfCycles = slices()
            .matching("io.orgaudit.(*)..").should().beFreeOfCycles();

    /** The report renders verdicts: it neither calls AWS nor knows how the job that wrote them ran. */
    @ArchTest
    static final ArchRule theReportKnowsNeitherAwsNorBatch = noClasses()
            .that().resideInAPackage("io.orgaudit.report..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "org.springframework.batch..");

    /** The pattern engine is ours alone, usable and testable without the rest of orgaudit. */
    @ArchTest
    static final ArchRule thePatternEngineUsesNothingElseOfOrgaudit = noClasses()
            .that().resideInAPackage("io.orgaudit.pattern..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.orgaudit..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("io.orgaudit.pattern..")));
}

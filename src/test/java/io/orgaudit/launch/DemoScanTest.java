package io.orgaudit.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.store.EvidenceStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.VerdictStore;

/**
 * The real application against the built-in simulated organization, with its database and reports in a folder of
 * its own. The test classes that extend it share one application context (and so one database, where runs simply
 * accumulate); each test leaves the simulator as the demo describes it.
 */
// One rule: these tests are about the run (restart, rerun, changes), not the rule family (DemoFamilyTest).
@SpringBootTest(properties = {"orgaudit.run-on-startup=false", "orgaudit.concurrency=8", "orgaudit.rules=D9.AWS.MON.01"})
abstract class DemoScanTest {

    static final Path DIR = temporaryFolder();

    @Autowired
    ScanLauncher launcher;
    @Autowired
    RunStore runStore;
    @Autowired
    EvidenceStore evidenceStore;
    @Autowired
    VerdictStore verdictStore;
    @Autowired
    SimulatedAws simulator;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("db/orgaudit"));
        registry.add("orgaudit.output.directory", () -> DIR.resolve("reports").toString());
    }

    @AfterEach
    void restoreTheDemo() {
        simulator.faults().clear();
        simulator.replaceScenario(Scenario.demo());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("orgaudit-demo-scan-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

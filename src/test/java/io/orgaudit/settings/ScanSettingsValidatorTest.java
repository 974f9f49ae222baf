package io.orgaudit.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanSettingsValidatorTest {

    private static final Set<String> KNOWN = Set.of("us-east-1", "eu-west-1", "ap-southeast-2");

    @TempDir
    Path tmp;

    private ScanSettings settings(List<String> regions, List<String> include, int concurrency, Path output,
                                  String profile) {
        return new ScanSettings(ScanSettings.Source.DEMO, profile, List.of("D9.AWS.MON.01"), new ScanSettings.Frameworks(null), 
                new ScanSettings.Exceptions(null, java.time.Duration.ofDays(365), java.time.Duration.ofDays(30)),
                new ScanSettings.Owners(List.of(), 5), new ScanSettings.Trend(30), regions,
                new ScanSettings.Accounts(include, List.of(), List.of(), List.of()), new ScanSettings.Role("OrgAuditReadOnly", null, "orgaudit"),
                concurrency, new ScanSettings.Output(output),
                new ScanSettings.Aws(null, "us-east-1", Duration.ofSeconds(30), Duration.ofSeconds(10), 8),
                new ScanSettings.Simulator("demo", Duration.ZERO),
                new ScanSettings.Delivery(null, "", null, null), "run", new ScanSettings.Rerun(null, List.of()),
                Duration.ofSeconds(1));
    }

    private List<String> problems(ScanSettings settings) {
        return new ScanSettingsValidator(KNOWN).problems(settings);
    }

    @Test
    void acceptsAValidConfiguration() {
        assertThat(problems(settings(List.of("us-east-1"), List.of("012345678901"), 16, tmp, "gsl"))).isEmpty();
    }

    @Test
    void namesAnUnknownRegion() {
        assertThat(problems(settings(List.of("us-east-1", "us-east-7"), List.of(), 16, tmp, "gsl")))
                .containsExactly("orgaudit.regions: 'us-east-7' is not an AWS region name (for example us-east-1)");
    }

    @Test
    void namesAMalformedAccountId() {
        assertThat(problems(settings(List.of(), List.of("12345"), 16, tmp, "gsl")))
                .singleElement().asString().startsWith("orgaudit.accounts.include: '12345' is not an AWS account id");
    }

    @Test
    void rejectsZeroConcurrency() {
        assertThat(problems(settings(List.of(), List.of(), 0, tmp, "gsl")))
                .singleElement().asString().startsWith("orgaudit.concurrency: 0 is out of range");
    }

    @Test
    void rejectsAnUnknownProfile() {
        assertThat(problems(settings(List.of(), List.of(), 4, tmp, "strict")))
                .singleElement().asString().startsWith("orgaudit.profile: 'strict' is not a profile");
    }

    @Test
    void namesAnOutputFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(problems(settings(List.of(), List.of(), 4, file.resolve("reports"), "gsl")))
                .singleElement().asString().startsWith("orgaudit.output.directory: cannot create");
    }

    /** A folder that exists but refuses writes is the environment's problem (exit 5), found by the write check. */
    @Test
    void leavesAnOutputFolderThatRefusesWritesToTheWriteCheck() throws Exception {
        Path readOnly = Files.createDirectory(tmp.resolve("ro"));
        readOnly.toFile().setWritable(false);
        assertThat(problems(settings(List.of(), List.of(), 4, readOnly, "gsl"))).isEmpty();
    }
}

package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code include} entry that the organization does not have is not a scan of nothing that exits 0: an account id
 * is an error naming it, an OU that matches no account is a warning, and a selection of no account at all is an
 * error. Each is found once the organization is listed (the demo's, over HTTP, in a JVM of its own).
 */
class IncludedAccountsTest {

    @TempDir
    Path dir;

    /** Runs the demo with these settings to its end; its output once it has ended with the expected exit code. */
    private List<String> runEndingWith(int expectedExit, String... settings) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:"
                + dir.resolve("db/orgaudit"), "--orgaudit.output.directory=" + dir.resolve("reports"), "--orgaudit.rules=D9.AWS.MON.01"));
        all.addAll(List.of(settings));
        ScanProcess scan = ScanProcess.start(dir, all.toArray(String[]::new));
        int exit = scan.awaitExit(Duration.ofMinutes(2));
        assertThat(exit).as(String.join("\n", scan.output())).isEqualTo(expectedExit);
        return scan.output();
    }

    @Test
    void anIncludedAccountTheOrganizationDoesNotHaveIsNamedAndNothingIsReported() throws Exception {
        List<String> output = runEndingWith(ScanResult.INVALID_CONFIGURATION,
                "--orgaudit.accounts.include=222222222201,999999999999");
        assertThat(output).anyMatch(line -> line.contains("orgaudit.accounts.include: 999999999999 is not an "
                + "account of organization o-demo1234567; check the ids or remove them"));
        assertThat(output).noneMatch(line -> line.startsWith("\tat ") || line.contains("Workbook: "));
    }

    @Test
    void anOuThatMatchesNoAccountIsAWarningAndTheRestIsScanned() throws Exception {
        List<String> output = runEndingWith(ScanResult.ALL_EVALUATED, "--orgaudit.accounts.include-ous=Security,Securty");
        assertThat(output).anyMatch(line -> line.contains("WARN")
                && line.contains("orgaudit.accounts.include-ous: Securty matches no account of organization "
                + "o-demo1234567"));
        assertThat(output).anyMatch(line -> line.matches(".*Run 1 COMPLETED .*: [1-9]\\d* PASS.*"));
    }

    @Test
    void aSelectionOfNoAccountAtAllIsAnError() throws Exception {
        List<String> output = runEndingWith(ScanResult.INVALID_CONFIGURATION, "--orgaudit.accounts.include-ous=Securty");
        assertThat(output).anyMatch(line -> line.contains("orgaudit.accounts: no ACTIVE account of "
                + "organization o-demo1234567 is selected (Securty matches no account)"));
    }
}

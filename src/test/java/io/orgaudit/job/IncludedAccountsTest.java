package io.orgaudit.job;

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

    private ScanProcess run(String... settings) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:"
                + dir.resolve("db/orgaudit"), "--orgaudit.output.directory=" + dir.resolve("reports")));
        all.addAll(List.of(settings));
        return ScanProcess.start(dir, all.toArray(String[]::new));
    }

    @Test
    void anIncludedAccountTheOrganizationDoesNotHaveIsNamedAndNothingIsReported() throws Exception {
        ScanProcess scan = run("--orgaudit.accounts.include=222222222201,999999999999");
        int exit = scan.awaitExit(Duration.ofMinutes(2));
        assertThat(exit).as(String.join("\n", scan.output())).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(scan.output()).anyMatch(line -> line.contains("orgaudit.accounts.include: 999999999999 is not an "
                + "account of organization o-demo1234567; check the ids or remove them"));
        assertThat(scan.output()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Workbook: "));
    }

    @Test
    void anOuThatMatchesNoAccountIsAWarningAndTheRestIsScanned() throws Exception {
        ScanProcess scan = run("--orgaudit.accounts.include-ous=Security,Securty");
        int exit = scan.awaitExit(Duration.ofMinutes(2));
        assertThat(exit).as(String.join("\n", scan.output())).isEqualTo(ScanResult.ALL_EVALUATED);
        assertThat(scan.output()).anyMatch(line -> line.contains("WARN")
                && line.contains("orgaudit.accounts.include-ous: Securty matches no account of organization "
                + "o-demo1234567"));
        assertThat(scan.output()).anyMatch(line -> line.matches(".*Run 1 COMPLETED .*: [1-9]\\d* PASS.*"));
    }

    @Test
    void aSelectionOfNoAccountAtAllIsAnError() throws Exception {
        ScanProcess scan = run("--orgaudit.accounts.include-ous=Securty");
        int exit = scan.awaitExit(Duration.ofMinutes(2));
        assertThat(exit).as(String.join("\n", scan.output())).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(scan.output()).anyMatch(line -> line.contains("orgaudit.accounts: no ACTIVE account of "
                + "organization o-demo1234567 is selected (Securty matches no account)"));
    }
}

package io.orgaudit.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import io.orgaudit.OrgauditApplication;

/** Bad configuration stops the application at start-up with one message naming the setting, and exit code 2. */
class StartupValidationTest {

    @TempDir
    Path dir;

    private Throwable start(String... arguments) {
        boolean ownOutput = java.util.Arrays.stream(arguments).anyMatch(a -> a.startsWith("--orgaudit.output."));
        String[] common = ownOutput
                ? new String[] {"--spring.datasource.url=jdbc:h2:mem:startup-" + System.nanoTime()}
                : new String[] {"--spring.datasource.url=jdbc:h2:mem:startup-" + System.nanoTime(),
                        "--orgaudit.output.directory=" + dir.resolve("reports")};
        String[] all = new String[common.length + arguments.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(arguments, 0, all, common.length, arguments.length);
        return catchThrowable(() -> new SpringApplicationBuilder(OrgauditApplication.class).run(all).close());
    }

    @Test
    void anUnknownRegionStopsTheRunAndIsNamed() {
        Throwable failure = start("--orgaudit.regions=us-east-1,mars-north-1");
        assertThat(StartupFailures.explain(failure))
                .contains("orgaudit.regions: 'mars-north-1' is not an AWS region name");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }

    @Test
    void aMalformedAccountIdIsNamed() {
        Throwable failure = start("--orgaudit.accounts.exclude=1234");
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.accounts.exclude: '1234' is not an AWS account id");
    }

    @Test
    void zeroConcurrencyIsNamed() {
        Throwable failure = start("--orgaudit.concurrency=0");
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.concurrency: 0 is out of range");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Throwable failure = start("--orgaudit.output.directory=" + file.resolve("reports"));
        assertThat(failure).isNotNull();
        assertThat(StartupFailures.explain(failure)).contains("orgaudit.output.directory: cannot create");
    }

    @Test
    void anUnknownRuleIdIsNamed() {
        Throwable failure = start("--orgaudit.rules=D9.AWS.MON.99");
        assertThat(StartupFailures.explain(failure)).isEqualTo(
                "orgaudit.rules: unknown rule id 'D9.AWS.MON.99'; known rules: D9.AWS.MON.01");
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
    }
}

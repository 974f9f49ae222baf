package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.sun.net.httpserver.HttpServer;

/**
 * Each kind of bad input, given to orgaudit after a good run filled its database: one line naming the setting or
 * problem and what to do, its exit code, no stack trace, and the database's rows as the good run left them (and, for
 * bad configuration, which stops before the database is opened, its file byte for byte). The table of
 * docs/troubleshooting.md is this list.
 */
class BadInputCasesTest {

    @TempDir
    static Path dir;
    private static HttpServer html;
    private static HttpServer failing;
    private static int closedPort;
    private static Map<String, List<String>> rowsOfTheGoodRun;

    @BeforeAll
    static void aGoodRunFillsTheDatabase() throws Exception {
        InProcessRun.Outcome good = InProcessRun.run(Map.of(), arguments(List.of(
                "--orgaudit.simulator.scenario=" + BadInputFiles.goodScenario(dir))));
        assertThat(good.exitCode()).as(String.join("\n", good.log())).isEqualTo(ScanResult.ALL_EVALUATED);
        rowsOfTheGoodRun = DatabaseRows.of(jdbcUrl());
        assertThat(rowsOfTheGoodRun.get("SCAN_VERDICT")).isNotEmpty();
        BadInputFiles.writeInto(dir);
        html = BadInputFiles.answering(200, "<html><body>Welcome to nginx!</body></html>");
        failing = BadInputFiles.answering(500, "<html><body>Internal Server Error</body></html>");
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free, and closed again once this block ends
        }
    }

    @AfterAll
    static void stopServers() {
        html.stop(0);
        failing.stop(0);
    }

    static Stream<BadInput> cases() {
        return BadInputCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGetsOneLineItsExitCodeAndChangesNothingCollected(BadInput input) throws Exception {
        assumeTrue(!input.needsNoCredentials() || NoCredentials.inThisEnvironment(),
                "AWS credentials are in this process's environment variables; the no-credentials case cannot hold");
        Path databaseFile = dir.resolve("db/orgaudit.mv.db");
        byte[] before = Files.readAllBytes(databaseFile);

        Map<String, String> properties = new HashMap<>();
        input.systemProperties().forEach((key, value) -> properties.put(key, substituted(value)));
        InProcessRun.Outcome outcome = SystemProperties.with(properties,
                () -> InProcessRun.run(input.environment(), arguments(substituted(input.arguments()))));

        String expected = "orgaudit: " + substituted(input.line());
        assertThat(outcome.exitCode()).as(describe(outcome)).isEqualTo(input.exitCode());
        assertThat(outcome.problemLines()).as(describe(outcome)).hasSize(1);
        if (expected.endsWith("...")) {
            assertThat(outcome.problemLines().get(0)).startsWith(expected.substring(0, expected.length() - 3));
        } else {
            assertThat(outcome.problemLines().get(0)).isEqualTo(expected);
        }
        assertThat(outcome.problemLines().get(0)).doesNotContain("Exception");
        assertThat(outcome.log()).as("no stack trace, no exception name, no second copy of the problem")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception") || line.startsWith("orgaudit: "));
        if (input.exitCode() == ScanResult.INVALID_CONFIGURATION && !input.opensDatabase()) {
            assertThat(Files.readAllBytes(databaseFile)).as("the database file, never opened").isEqualTo(before);
        }
        assertThat(DatabaseRows.of(jdbcUrl())).as("the rows of the good run").isEqualTo(rowsOfTheGoodRun);
    }

    @org.junit.jupiter.api.Test
    void theTroubleshootingGuideListsEveryCaseAsTested() throws Exception {
        String guide = Files.readString(Path.of("docs/troubleshooting.md"));
        String troubleshooting = guide.substring(guide.indexOf("## Bad input, case by case"));

        assertThat(TroubleshootingTable.rows()).as("rows of docs/troubleshooting.md's bad-input table")
                .allMatch(troubleshooting::contains);
    }

    private static String jdbcUrl() {
        return "jdbc:h2:file:" + dir.resolve("db/orgaudit");
    }

    /** The good run's database and output folder, unless the case sets one of them itself. */
    private static List<String> arguments(List<String> given) {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put("--spring.datasource.url", "--spring.datasource.url=" + jdbcUrl());
        byKey.put("--orgaudit.output.directory", "--orgaudit.output.directory=" + dir.resolve("reports"));
        List<String> others = new ArrayList<>();
        for (String argument : given) {
            String key = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            if (byKey.containsKey(key)) {
                byKey.put(key, argument); // the same option twice would be joined with a comma, not replaced
            } else {
                others.add(argument);
            }
        }
        List<String> all = new ArrayList<>(byKey.values());
        all.addAll(others);
        return all;
    }

    private static List<String> substituted(List<String> arguments) {
        return arguments.stream().map(BadInputCasesTest::substituted).toList();
    }

    private static String substituted(String text) {
        return text.replace("{dir}", dir.toString()).replace("{closed}", String.valueOf(closedPort))
                .replace("{html}", String.valueOf(html.getAddress().getPort()))
                .replace("{failing}", String.valueOf(failing.getAddress().getPort()));
    }

    private static String describe(InProcessRun.Outcome outcome) {
        return "exit " + outcome.exitCode() + "\nstderr:\n" + String.join("\n", outcome.problemLines())
                + "\nlog:\n" + String.join("\n", outcome.log());
    }
}

package io.orgaudit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orgaudit.rule.Verdict.Status;

/** The exceptions file as an operator writes it: every entry checked, a refusal naming the entry and the field. */
class ExceptionsFileTest {

    private static final Set<String> RULES = Set.of("D9.AWS.MON.01", "ORGAUDIT.MON.03");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final String ENTRY = """
            exceptions:
              - id: EX-1
                accounts: ["012345678901"]
                ous: [Sandbox]
                rules: [D9.AWS.MON.01]
                justification: Sandbox being closed
                approved-by: Jane Doe (CISO)
                ticket: SEC-101
                expires: 2027-03-31
            """;

    @TempDir
    Path dir;

    @Test
    void readsAnEntryWithEveryField() throws IOException {
        List<ExceptionEntry> entries = load(ENTRY);

        assertThat(entries).singleElement().isEqualTo(new ExceptionEntry("EX-1", List.of("012345678901"),
                List.of("Sandbox"), List.of("D9.AWS.MON.01"), "Sandbox being closed", "Jane Doe (CISO)", "SEC-101",
                LocalDate.parse("2027-03-31")));
    }

    @Test
    void anEmptyFileHasNoExceptions() throws IOException {
        assertThat(load("")).isEmpty();
        assertThat(load("exceptions: []\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "misspelt field | 'approved-by: Jane Doe (CISO)' | 'aproved-by: Jane Doe (CISO)' | entry 1 (EX-1), field 'aproved-by': unknown field (did you mean 'approved-by'?); an entry has id, accounts, ous, rules, justification, approved-by, ticket, expires",
        "no expiry | 'expires: 2027-03-31' | '' | entry 1 (EX-1), field 'expires': missing or empty; every exception needs an expiry date (YYYY-MM-DD), at most 365 days from today (orgaudit.exceptions.longest-horizon)",
        "not a date | 'expires: 2027-03-31' | 'expires: 31/03/2027' | entry 1 (EX-1), field 'expires': '31/03/2027' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31",
        "beyond the horizon | 'expires: 2027-03-31' | 'expires: 2028-01-01' | entry 1 (EX-1), field 'expires': 2028-01-01 is more than 365 days after today (2026-12-07), the longest orgaudit.exceptions.longest-horizon allows; give an earlier date, or raise the setting",
        "unknown rule | 'rules: [D9.AWS.MON.01]' | 'rules: [D9.AWS.MON.1]' | entry 1 (EX-1), field 'rules': unknown rule id 'D9.AWS.MON.1' (did you mean D9.AWS.MON.01?); known rules: D9.AWS.MON.01, ORGAUDIT.MON.03",
        "account id as a number | 'accounts: [\"012345678901\"]' | 'accounts: [112345678901]' | entry 1 (EX-1), field 'accounts': 112345678901 is a number in YAML, which loses leading zeros; quote each account id, e.g. \"012345678901\"",
        "short account id | 'accounts: [\"012345678901\"]' | 'accounts: [\"12345\"]' | entry 1 (EX-1), field 'accounts': '12345' is not an account id; give 12 digits in quotes",
        "no approver | 'approved-by: Jane Doe (CISO)' | 'approved-by: \"\"' | entry 1 (EX-1), field 'approved-by': missing or empty; say who approved the exception",
        "no id | 'id: EX-1' | 'id: \"\"' | entry 1, field 'id': missing or empty; give the entry an id, e.g. the risk register's (EX-2026-014)",
    })
    void refusesABrokenEntryNamingTheEntryAndTheField(String what, String from, String to, String problem)
            throws IOException {
        Path file = write(ENTRY.replace(from.strip(), to));

        assertThatThrownBy(() -> ExceptionsFile.load(file, RULES, TODAY, 365))
                .isInstanceOf(ExceptionsFileException.class)
                .hasMessage("exceptions file " + file + ": " + problem);
    }

    @Test
    void refusesAnEntryThatNamesNoAccountAndNoOu() throws IOException {
        Path file = write(ENTRY.replace("    accounts: [\"012345678901\"]\n", "").replace("    ous: [Sandbox]\n", ""));

        assertThatThrownBy(() -> ExceptionsFile.load(file, RULES, TODAY, 365))
                .hasMessage("exceptions file " + file + ": entry 1 (EX-1), field 'accounts': name the accounts the "
                        + "exception covers: account ids under 'accounts', OU paths under 'ous', or both");
    }

    @Test
    void refusesTwoEntriesWithOneId() throws IOException {
        Path file = write(ENTRY + ENTRY.substring(ENTRY.indexOf('\n') + 1));

        assertThatThrownBy(() -> ExceptionsFile.load(file, RULES, TODAY, 365))
                .hasMessage("exceptions file " + file + ": entry 2 (EX-1), field 'id': 'EX-1' is the id of an earlier "
                        + "entry too; give each entry its own id");
    }

    @Test
    void refusesAFileThatIsNotAListOfExceptionsAndOneThatIsMissing() throws IOException {
        Path list = write("- id: EX-1\n");
        assertThatThrownBy(() -> ExceptionsFile.load(list, RULES, TODAY, 365))
                .hasMessage("exceptions file " + list + ": give the entries as a list under 'exceptions:' and nothing "
                        + "else at the top (docs/exceptions.md)");
        Path missing = dir.resolve("none.yaml");
        assertThatThrownBy(() -> ExceptionsFile.load(missing, RULES, TODAY, 365))
                .hasMessage("orgaudit.exceptions.file: " + missing + " does not exist; name a YAML file of exceptions "
                        + "(docs/exceptions.md), or leave the setting empty");
    }

    @Test
    void anExceptionIsInForceThroughItsExpiryDateAndOffTheDayAfter() throws IOException {
        ExceptionRuling lastDay = ruling("2027-03-31");
        ExceptionRuling dayAfter = ruling("2027-04-01");

        assertThat(lastDay.outcome("012345678901", "", "D9.AWS.MON.01", Status.FAIL)).get()
                .extracting(ExceptionOutcome::standing).isEqualTo(ExceptionOutcome.Standing.EXCEPTED);
        assertThat(dayAfter.outcome("012345678901", "", "D9.AWS.MON.01", Status.FAIL)).get()
                .extracting(ExceptionOutcome::standing).isEqualTo(ExceptionOutcome.Standing.EXPIRED);
    }

    @Test
    void coversTheAccountsOfAnOuAndItsChildrenButNeverExceptsAnError() throws IOException {
        ExceptionRuling ruling = ruling("2026-12-07");

        assertThat(ruling.outcome("444444444401", "Sandbox/Team-A", "D9.AWS.MON.01", Status.FAIL)).get()
                .extracting(ExceptionOutcome::standing).isEqualTo(ExceptionOutcome.Standing.EXCEPTED);
        assertThat(ruling.outcome("444444444401", "SandboxOther", "D9.AWS.MON.01", Status.FAIL)).isEmpty();
        assertThat(ruling.outcome("444444444401", "Sandbox", "ORGAUDIT.MON.03", Status.FAIL)).isEmpty();
        assertThat(ruling.outcome("444444444401", "Sandbox", "D9.AWS.MON.01", Status.ERROR)).get()
                .extracting(ExceptionOutcome::standing).isEqualTo(ExceptionOutcome.Standing.NOT_APPLIED_TO_ERROR);
        assertThat(ruling.outcome("444444444401", "Sandbox", "D9.AWS.MON.01", Status.PASS)).get()
                .extracting(ExceptionOutcome::standing).isEqualTo(ExceptionOutcome.Standing.NOT_NEEDED);
    }

    private ExceptionRuling ruling(String day) throws IOException {
        return new ExceptionRuling(new RunExceptions("x", load(ENTRY)), LocalDate.parse(day));
    }

    private List<ExceptionEntry> load(String text) throws IOException {
        return ExceptionsFile.load(write(text), RULES, TODAY, 365);
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "exceptions", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}

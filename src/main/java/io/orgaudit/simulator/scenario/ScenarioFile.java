package io.orgaudit.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The scenario {@code orgaudit.simulator.scenario} names: "demo", or a YAML file whose problems name the file. */
public final class ScenarioFile {

    static final String SETTING = "orgaudit.simulator.scenario";

    private ScenarioFile() {
    }

    /** @throws ScenarioException whose message starts with the setting, then the file and the field at fault */
    public static Scenario load(String setting) {
        if ("demo".equals(setting)) {
            return Scenario.demo();
        }
        Path file = Path.of(setting).toAbsolutePath();
        try (InputStream in = Files.newInputStream(file)) {
            return Scenario.fromYaml(in);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(SETTING, "'" + file + "' does not exist; give demo or the path of a scenario "
                    + "YAML file");
        } catch (IOException e) {
            throw new ScenarioException(SETTING, "cannot read '" + file + "' (" + e.getMessage() + "); give demo or the "
                    + "path of a readable scenario YAML file");
        } catch (ScenarioException e) {
            throw new ScenarioException(SETTING, "scenario file " + file + ": " + e.getMessage().lines()
                    .findFirst().orElse(""));
        }
    }
}

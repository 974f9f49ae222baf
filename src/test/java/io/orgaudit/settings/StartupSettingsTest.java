package io.orgaudit.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.env.MockPropertySource;

/** The start-up check refuses what nobody reads, and accepts every spelling Spring Boot binds. */
class StartupSettingsTest {

    private static final Set<String> REGIONS = Set.of("us-east-1", "eu-west-1");

    @TempDir
    Path tmp;

    private StandardEnvironment environment(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new HashMap<>(variables)));
        MockPropertySource given = new MockPropertySource("given");
        properties.forEach(given::setProperty);
        given.setProperty("orgaudit.output.directory", tmp.toString());
        environment.getPropertySources().addFirst(given);
        return environment;
    }

    @Test
    void acceptsEverySpellingSpringBootBinds() {
        ScanSettings settings = StartupSettings.check(environment(Map.of(
                        "orgaudit.accounts.includeOus", "Workloads",          // camel case
                        "orgaudit.rules[0]", "D9.AWS.MON.01",                 // a list index
                        "orgaudit.aws.api_call_timeout", "20s",               // underscores
                        "orgaudit.delivery.kms-key-id", "alias/reports"),
                Map.of("ORGAUDIT_ACCOUNTS_EXCLUDEOUS", "Sandbox", "ORGAUDIT_REGIONS_0_", "eu-west-1")),
                new String[] {"--orgaudit.concurrency=8"}, REGIONS);

        assertThat(settings.accounts().includeOus()).containsExactly("Workloads");
        assertThat(settings.accounts().excludeOus()).containsExactly("Sandbox");
        assertThat(settings.regions()).containsExactly("eu-west-1");
        assertThat(settings.aws().apiCallTimeout()).hasSeconds(20);
    }

    @Test
    void refusesAKeyNobodyReadsInAnySourceAndNamesTheNearestKnownKey() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> StartupSettings.check(environment(Map.of("orgaudit.role.extrenal-id", "x"),
                        Map.of("ORGAUDIT_OUTPUT_DIRECTRY", "reports")), new String[0], REGIONS));

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "orgaudit.role.extrenal-id: not an orgaudit setting; did you mean orgaudit.role.external-id? "
                        + "(from property source 'given')",
                "orgaudit.output.directry: not an orgaudit setting; did you mean orgaudit.output.directory? "
                        + "(from environment variable ORGAUDIT_OUTPUT_DIRECTRY)");
    }

    @Test
    void showsAValueWithANewlineOnOneLine() {
        InvalidSettingsException refused = catchThrowableOfType(InvalidSettingsException.class,
                () -> StartupSettings.check(environment(Map.of("orgaudit.profile", "gsl\n  - and more"), Map.of()),
                        new String[0], REGIONS));

        assertThat(refused.getMessage()).isEqualTo(
                "orgaudit.profile: 'gsl?  - and more' is not a profile; use gsl (default) or cis");
    }

    @Test
    void knowsTheKeysOfEveryNestedRecordAndTheKeysReadElsewhere() {
        assertThat(KnownSettings.keys()).contains("orgaudit.command", "orgaudit.rules[*]", "orgaudit.aws.max-attempts",
                "orgaudit.accounts.include-ous", "orgaudit.rerun.run-id", "orgaudit.progress-interval",
                "orgaudit.run-on-startup", "orgaudit.delivery.kms-key-id");
    }

    /** A key read with @Value or @ConditionalOnProperty that the check did not know would refuse a valid setting. */
    @Test
    void everyOrgauditKeyTheCodeReadsIsKnown() throws IOException {
        Pattern read = Pattern.compile("(?:\\$\\{|name = \")(orgaudit\\.[a-z0-9.-]+)");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = read.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).contains("orgaudit.run-on-startup", "orgaudit.source");
        assertThat(keys).allMatch(key -> KnownSettings.isKnown(ConfigurationPropertyName.of(key)));
    }

    @Test
    void theShippedJobsFilesAndApplicationYmlUseOnlyKnownKeys() throws IOException {
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        StandardEnvironment environment = new StandardEnvironment();
        for (Path file : Stream.concat(Stream.of(Path.of("src/main/resources/application.yml")),
                Files.list(Path.of("jobs")).filter(path -> path.toString().endsWith(".yml"))).toList()) {
            loader.load(file.toString(), new FileSystemResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        }
        assertThat(UnknownSettings.problems(environment)).isEmpty();
    }

    @Test
    void suggestsOnlyAKeyCloseEnoughToBeWhatWasMeant() {
        assertThat(KnownSettings.nearest("orgaudit.comand")).contains("orgaudit.command");
        assertThat(KnownSettings.nearest("orgaudit.accounts.includeous")).contains("orgaudit.accounts.include-ous");
        assertThat(KnownSettings.nearest("orgaudit.banana")).isEmpty();
    }
}

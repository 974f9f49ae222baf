package io.orgaudit.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.rule.RuleCatalog;

/** The frameworks as data: the seed's 31 first and in its order, then the newer ones, then the operator's own. */
class FrameworkCatalogTest {

    private static final RuleCatalog RULES = RuleCatalog.fromClasspath();
    private static final String SEED_RULE = "D9.AWS.MON.01";

    @TempDir
    Path operator;

    private static List<String> seedFrameworks() throws IOException {
        try (InputStream in = FrameworkCatalogTest.class.getResourceAsStream("/seed/D9.AWS.MON.01.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> l.startsWith("• ")).map(l -> l.substring(2)).toList();
        }
    }

    @Test
    void startsWithTheSeedsFrameworksInTheSeedsOrderAndTheSeedsRuleCountsInEach() throws IOException {
        List<FrameworkDefinition> all = FrameworkCatalog.load(null, RULES.ids()).all();
        List<String> seed = seedFrameworks();
        assertThat(seed).hasSize(31);
        assertThat(all.subList(0, 31)).extracting(FrameworkDefinition::name).containsExactlyElementsOf(seed);
        assertThat(all.subList(0, 31)).allSatisfy(framework -> {
            assertThat(framework.fromSeed()).isTrue();
            assertThat(framework.controlOf(SEED_RULE)).as(framework.name()).isPresent();
        });
        assertThat(all.subList(31, all.size())).allSatisfy(framework -> {
            assertThat(framework.fromSeed()).as(framework.name()).isFalse();
            assertThat(framework.seedOrder()).isNull();
        });
    }

    @Test
    void everyFrameworkCitesItsSourceAndNamesOnlyKnownRules() {
        assertThat(FrameworkCatalog.load(null, RULES.ids()).all()).allSatisfy(framework -> {
            assertThat(framework.source()).as(framework.name()).isNotBlank();
            framework.controls().forEach(control -> assertThat(RULES.ids()).containsAll(control.rules()));
        });
    }

    @Test
    void givesTheSeedRuleItsCisControlIdInEveryCisVersionOfTheSeed() {
        List<FrameworkDefinition> all = FrameworkCatalog.load(null, RULES.ids()).all();
        assertThat(all.stream().filter(f -> f.name().matches("AWS CIS Foundations v\\. 1\\.[012]\\.0")))
                .hasSize(3).allSatisfy(f -> assertThat(f.controlOf(SEED_RULE).orElseThrow().id()).isEqualTo("3.1"));
        assertThat(all.stream().filter(f -> f.name().matches("AWS CIS Foundations v\\. (1\\.[345]|2\\.0)\\.0")))
                .hasSize(4).allSatisfy(f -> assertThat(f.controlOf(SEED_RULE).orElseThrow().id()).isEqualTo("4.1"));
    }

    @Test
    void anOperatorsFrameworkComesAfterTheBuiltInOnes() throws IOException {
        Files.writeString(operator.resolve("acme.yaml"), """
                name: ACME security controls
                source: ACME internal control catalogue, 2026 edition
                controls:
                  - id: ACME-LOG-7
                    title: Failed and unauthorized calls raise an alert
                    rules: [D9.AWS.MON.01]
                """);
        List<FrameworkDefinition> all = FrameworkCatalog.load(operator, RULES.ids()).all();
        assertThat(all.get(all.size() - 1).name()).isEqualTo("ACME security controls");
        assertThat(all.get(all.size() - 1).controlOf(SEED_RULE).orElseThrow().id()).isEqualTo("ACME-LOG-7");
        assertThat(FrameworkCatalog.load(operator, RULES.ids()).covering(List.of("ORGAUDIT.MON.03")))
                .extracting(FrameworkDefinition::name).doesNotContain("ACME security controls");
    }

    @Test
    void anOperatorsFrameworkNamingAnUnknownRuleIsRefusedWithFileAndField() throws IOException {
        Path file = operator.resolve("acme.yaml");
        Files.writeString(file, "name: ACME\nsource: ours\ncontrols:\n  - id: C1\n    rules: [D9.AWS.MON.99]\n");
        assertThatThrownBy(() -> FrameworkCatalog.load(operator, RULES.ids()))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageStartingWith("framework file " + file + ": field 'controls[0] (C1).rules': unknown rule id "
                        + "'D9.AWS.MON.99'; known rules: D9.AWS.MON.01, D9.AWS.MON.04, ORGAUDIT.MON.02, ");
    }

    @Test
    void anOperatorsFrameworkWithTheNameOfABuiltInOneIsRefused() throws IOException {
        Path file = operator.resolve("hipaa.yaml");
        Files.writeString(file, "name: AWS HIPAA\nsource: ours\ncontrols:\n  - rules: [D9.AWS.MON.01]\n");
        assertThatThrownBy(() -> FrameworkCatalog.load(operator, RULES.ids()))
                .hasMessageStartingWith("framework file " + file + ": field 'name': framework 'AWS HIPAA' is already "
                        + "defined by frameworks/");
    }

    @Test
    void aMisspelledFieldOrAMissingFolderIsRefused() throws IOException {
        Path file = operator.resolve("typo.yaml");
        Files.writeString(file, "name: ACME\ncontrls: []\n");
        assertThatThrownBy(() -> FrameworkCatalog.load(operator, RULES.ids()))
                .hasMessageStartingWith("framework file " + file + ": does not parse").hasMessageContaining("contrls");
        Path missing = operator.resolve("nowhere");
        assertThatThrownBy(() -> FrameworkCatalog.load(missing, RULES.ids()))
                .hasMessage("orgaudit.frameworks.directory: " + missing + " is not a folder; name a folder of "
                        + "framework .yaml files, or leave the setting empty");
    }
}

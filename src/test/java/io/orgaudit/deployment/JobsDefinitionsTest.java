package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import software.amazon.awssdk.regions.Region;
import tools.jackson.databind.JsonNode;

import io.orgaudit.settings.ScanSettings;
import io.orgaudit.settings.ScanSettingsValidator;

/** The scan definitions under jobs/ are valid settings, all in the ConfigMap, and write only where the pod can. */
class JobsDefinitionsTest {

    static final String CONFIG_MOUNT = "/config";
    /** Not a scan definition: the accepted risks the nightly scan names, in the same ConfigMap. */
    static final String EXCEPTIONS = "exceptions.yaml";

    static Kustomization.ConfigMapGenerator configMap() {
        Kustomization jobs = Kustomization.in(ProjectFiles.JOBS);
        assertThat(jobs.configMapGenerator()).hasSize(1);
        return jobs.configMapGenerator().get(0);
    }

    static List<Path> scanDefinitions() {
        return ProjectFiles.filesIn(ProjectFiles.JOBS, ".yml", ".yaml").stream()
                .filter(file -> !List.of("kustomization.yaml", EXCEPTIONS).contains(file.getFileName().toString()))
                .toList();
    }

    @Test
    void everyScanDefinitionIsInTheConfigMapUnderAStableName() {
        List<String> files = scanDefinitions().stream().map(file -> file.getFileName().toString()).toList();

        assertThat(configMap().files()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(files.stream(), java.util.stream.Stream.of(EXCEPTIONS)).toList())
                .contains("nightly.yml", "rerun.yml");
        assertThat(configMap().name()).isEqualTo("orgaudit-jobs");
        assertThat(Kustomization.in(ProjectFiles.JOBS).generatorOptions().disableNameSuffixHash())
                .as("rerun-job.yaml mounts the ConfigMap by name, without kustomize").isTrue();
    }

    @Test
    void everyScanDefinitionBindsToValidSettings() {
        ScanSettingsValidator validator = new ScanSettingsValidator(
                Region.regions().stream().map(Region::id).collect(Collectors.toSet()));
        for (Path file : scanDefinitions()) {
            assertThat(validator.problems(settings(file))).as(file.toString()).isEmpty();
        }
        assertThat(validator.problems(settings(job("rerun.yml"), job("nightly.yml")))).isEmpty();
    }

    @Test
    void theNightlyScanReadsTheRealOrganizationAndKeepsEverythingOnTheVolume() {
        ScanSettings nightly = settings(job("nightly.yml"));

        assertThat(nightly.source()).isEqualTo(ScanSettings.Source.AWS);
        assertThat(nightly.output().directory().isAbsolute()).isTrue();
        assertThat(nightly.output().directory().startsWith(KubernetesManifestsTest.DATA)).isTrue();
        String url = property(job("nightly.yml"), "spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:");
        Path database = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
        assertThat(database.isAbsolute()).isTrue();
        assertThat(database.startsWith(KubernetesManifestsTest.DATA))
                .as("the H2 file must survive the pod: on the volume, not in /tmp").isTrue();
    }

    @Test
    void theNightlyScanLogsJsonInTheCluster() {
        assertThat(property(job("nightly.yml"), "logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void theRerunDefinitionChangesOnlyTheCommandOfTheNightlyScan() {
        ScanSettings nightly = settings(job("nightly.yml"));
        ScanSettings rerun = settings(job("rerun.yml"), job("nightly.yml"));

        assertThat(nightly.command()).isEqualTo("run");
        assertThat(rerun.command()).isEqualTo("rerun-failed");
        assertThat(rerun.rerun().runId()).as("unset: the latest run").isNull();
        assertThat(rerun.role()).isEqualTo(nightly.role());
        assertThat(rerun.output()).isEqualTo(nightly.output());
        assertThat(rerun.delivery()).isEqualTo(nightly.delivery());
        assertThat(rerun.regions()).isEqualTo(nightly.regions());
        assertThat(rerun.source()).isEqualTo(nightly.source());
    }

    @Test
    void theRoleAndExternalIdAreTheOnesTheIamTemplatesTrust() {
        ScanSettings.Role role = settings(job("nightly.yml")).role();
        JsonNode stackSet = IamPoliciesTest.stackSet();

        assertThat(role.name()).isEqualTo(stackSet.at("/Parameters/RoleName/Default").asString());
        assertThat(role.externalId()).isEqualTo(stackSet.at("/Parameters/ExternalId/Default").asString())
                .isEqualTo(IamPoliciesTest.policy("audit-role-trust.json")
                        .at("/Statement/0/Condition/StringEquals/sts:ExternalId").asString());
        assertThat(IamPoliciesTest.policy("hub-policy.json").at("/Statement/1/Resource").asString())
                .isEqualTo("arn:aws:iam::*:role/" + role.name());
    }

    @Test
    void theHubMayUploadUnderTheNightlyDeliveryPrefix() {
        ScanSettings.Delivery delivery = settings(job("nightly.yml")).delivery();
        String resource = IamPoliciesTest.policy("hub-policy.json").at("/Statement/3/Resource").asString();

        assertThat(resource).startsWith("arn:aws:s3:::").endsWith("*");
        String allowedPrefix = resource.substring(resource.indexOf('/') + 1, resource.length() - 1);
        assertThat(delivery.prefix()).startsWith(allowedPrefix);
    }

    private static Path job(String name) {
        return ProjectFiles.JOBS.resolve(name);
    }

    /** Settings as Spring Boot binds them; an earlier file wins over a later one (as a later import would). */
    static ScanSettings settings(Path... files) {
        return new Binder(ConfigurationPropertySources.from(load(files))).bindOrCreate("orgaudit", ScanSettings.class);
    }

    private static String property(Path file, String name) {
        return load(file).stream().map(source -> source.getProperty(name)).filter(value -> value != null)
                .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(name + " is not set in " + file));
    }

    private static List<PropertySource<?>> load(Path... files) {
        List<PropertySource<?>> sources = new ArrayList<>();
        try {
            for (Path file : files) {
                sources.addAll(new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    @Test
    void theNightlyScanNamesTheExceptionsFileOfTheConfigMapAndItLoads() {
        ScanSettings nightly = settings(job("nightly.yml"));

        assertThat(nightly.exceptions().exceptionsFile()).isEqualTo(Path.of(CONFIG_MOUNT, EXCEPTIONS));
        assertThat(configMap().files()).contains(EXCEPTIONS);
        assertThat(io.orgaudit.exceptions.ExceptionsFile.load(job(EXCEPTIONS),
                io.orgaudit.rule.RuleCatalog.fromClasspath().ids(), java.time.LocalDate.now(), 365)).isEmpty();
    }
}

package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * k8s/overlays/postgresql points the CronJob (and, by a documented patch, the rerun Job) at PostgreSQL through the
 * Secret orgaudit-database: each patch names the object and container of the base, so kustomize and kubectl patch
 * merge it there, and adds the datasource settings from the Secret beside the base's own environment.
 */
class PostgresqlOverlayTest {

    private static final Path OVERLAY = ProjectFiles.K8S.resolve("overlays/postgresql");
    private static final Map<String, String> FROM_SECRET = Map.of("SPRING_DATASOURCE_URL", "url",
            "SPRING_DATASOURCE_USERNAME", "username", "SPRING_DATASOURCE_PASSWORD", "password");

    @Test
    void theOverlayBuildsOnTheBaseAndPatchesItsCronJob() throws Exception {
        JsonNode kustomization = Manifests.STRICT.readTree(Files.readString(OVERLAY.resolve("kustomization.yaml")));

        assertThat(kustomization.get("resources").values()).extracting(JsonNode::asString).containsExactly("../..");
        List<String> patches = kustomization.get("patches").values().stream().map(p -> p.get("path").asString()).toList();
        assertThat(patches).containsExactly("cronjob-database-from-secret.yaml");
        assertThat(OVERLAY.resolve(patches.get(0))).exists();
    }

    @Test
    void theCronJobTakesTheDatabaseFromTheSecretAndKeepsItsOwnEnvironment() {
        CronJob base = Manifests.read(ProjectFiles.K8S.resolve("cronjob.yaml"), CronJob.class);
        CronJob patch = Manifests.read(OVERLAY.resolve("cronjob-database-from-secret.yaml"), CronJob.class);

        assertThat(patch.getMetadata().getName()).isEqualTo(base.getMetadata().getName());
        Container patched = KubernetesManifestsTest.container(patch);
        Container container = KubernetesManifestsTest.container(base);
        assertThat(patched.getName()).isEqualTo(container.getName());
        assertTakesTheDatabaseFromTheSecret(patched, container);
    }

    @Test
    void theRerunJobPatchNamesTheRerunJobsContainer() {
        Job base = KubernetesManifestsTest.rerunJob();
        Job patch = Manifests.read(OVERLAY.resolve("rerun-job-database-from-secret.yaml"), Job.class);

        Container patched = KubernetesManifestsTest.container(patch);
        Container container = KubernetesManifestsTest.container(base);
        assertThat(patched.getName()).isEqualTo(container.getName());
        assertTakesTheDatabaseFromTheSecret(patched, container);
        assertThat(ProjectFiles.read(ProjectFiles.K8S.resolve("README.md")))
                .contains("--patch-file k8s/overlays/postgresql/rerun-job-database-from-secret.yaml");
    }

    /** Strategic merge merges env by name: the patch must add only names the base does not set. */
    private static void assertTakesTheDatabaseFromTheSecret(Container patched, Container base) {
        assertThat(patched.getEnv()).extracting(EnvVar::getName).containsExactlyInAnyOrderElementsOf(FROM_SECRET.keySet());
        assertThat(base.getEnv()).extracting(EnvVar::getName).doesNotContainAnyElementsOf(FROM_SECRET.keySet());
        for (EnvVar env : patched.getEnv()) {
            assertThat(env.getValue()).as(env.getName()).isNull();
            assertThat(env.getValueFrom().getSecretKeyRef().getName()).as(env.getName()).isEqualTo("orgaudit-database");
            assertThat(env.getValueFrom().getSecretKeyRef().getKey()).as(env.getName()).isEqualTo(FROM_SECRET.get(env.getName()));
        }
    }
}

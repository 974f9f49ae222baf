package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

/**
 * What {@code kubectl apply -k k8s/} would send, rendered by kubectl's own kustomize and read strictly. Skipped
 * where kubectl is not installed; the other deployment tests read the same files without it.
 */
class KustomizeBuildTest {

    private static List<HasMetadata> rendered;

    @BeforeAll
    static void render() throws IOException, InterruptedException {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(kubectl != null, "kubectl is not on the PATH");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", ProjectFiles.K8S.toString())
                .redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize k8s/: " + err).isZero();
        rendered = Manifests.readAll(out, "kubectl kustomize k8s/");
    }

    @Test
    void rendersEveryObjectIntoTheOrgauditNamespace() {
        assertThat(rendered).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("Namespace", "ServiceAccount",
                "ConfigMap", "PersistentVolumeClaim", "CronJob");
        rendered.stream().filter(object -> !object.getKind().equals("Namespace")).forEach(object ->
                assertThat(object.getMetadata().getNamespace()).as(object.getKind()).isEqualTo(KubernetesManifestsTest.NAMESPACE));
    }

    @Test
    void theCronJobGetsTheSameImageAsTheRerunJob() {
        CronJob cronJob = only(CronJob.class);

        assertThat(KubernetesManifestsTest.container(cronJob).getImage())
                .isEqualTo(KubernetesManifestsTest.container(KubernetesManifestsTest.rerunJob()).getImage());
    }

    @Test
    void theConfigMapHoldsEveryScanDefinitionAndTheExceptionsVerbatim() throws IOException {
        ConfigMap configMap = only(ConfigMap.class);
        Map<String, String> expected = java.util.stream.Stream.concat(JobsDefinitionsTest.scanDefinitions().stream(),
                        java.util.stream.Stream.of(ProjectFiles.JOBS.resolve(JobsDefinitionsTest.EXCEPTIONS)))
                .collect(Collectors.toMap(file -> file.getFileName().toString(), ProjectFiles::read));

        assertThat(configMap.getMetadata().getName()).as("no hash suffix").isEqualTo(JobsDefinitionsTest.configMap().name());
        assertThat(configMap.getData()).isEqualTo(expected);
    }

    private static <T extends HasMetadata> T only(Class<T> kind) {
        List<T> objects = rendered.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }
}

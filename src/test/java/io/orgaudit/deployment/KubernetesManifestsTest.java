package io.orgaudit.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.PodFailurePolicyRule;

import io.orgaudit.launch.ScanResult;

/** Every manifest under k8s/ parses strictly, and the CronJob is what a platform engineer expects of a nightly batch. */
class KubernetesManifestsTest {

    static final String NAMESPACE = "orgaudit";
    /** The only writable paths of the pod: the volume (H2 file, workbooks) and java.io.tmpdir. */
    static final String DATA = "/data";
    static final String TMP = "/tmp";

    private final Kustomization kustomization = Kustomization.in(ProjectFiles.K8S);
    private final CronJob cronJob = Manifests.read(ProjectFiles.K8S.resolve("cronjob.yaml"), CronJob.class);

    @Test
    void everyManifestParsesIntoTheKubernetesModelWithoutUnknownFields() {
        List<Path> manifests = manifests();

        assertThat(manifests).extracting(path -> path.getFileName().toString()).contains("cronjob.yaml",
                "rerun-job.yaml", "serviceaccount.yaml", "persistentvolumeclaim.yaml", "namespace.yaml",
                "report-reader-pod.yaml");
        for (Path manifest : manifests) {
            List<HasMetadata> objects = Manifests.read(manifest);
            assertThat(objects).as(manifest.toString()).hasSize(1);
            assertThat(objects.get(0).getMetadata().getLabels()).as(manifest + " labels")
                    .containsEntry("app.kubernetes.io/name", "orgaudit");
        }
    }

    @Test
    void theStrictReaderRejectsMisspeltFieldsAndWrongTypes() {
        String cronJobYaml = ProjectFiles.read(ProjectFiles.K8S.resolve("cronjob.yaml"));

        assertThatThrownBy(() -> Manifests.readAll(cronJobYaml.replace("concurrencyPolicy:", "concurencyPolicy:"), "typo"))
                .hasMessageContaining("concurencyPolicy");
        assertThatThrownBy(() -> Manifests.readAll(cronJobYaml.replace("backoffLimit: 1", "backoffLimit: \"1\""), "type"))
                .hasMessageContaining("backoffLimit");
        assertThatThrownBy(() -> Manifests.readAll(cronJobYaml.replace("readOnlyRootFilesystem: true",
                "readOnlyRootFilesystem: [true]"), "type")).hasMessageContaining("readOnlyRootFilesystem");
        assertThatThrownBy(() -> Manifests.readAll(cronJobYaml.replace("kind: CronJob", "kind: CronJobs"), "kind"))
                .hasMessageContaining("unexpected kind 'batch/v1 CronJobs'");
    }

    /** Started by hand with kubectl create, never by kubectl apply -k. */
    private static final List<String> BY_HAND = List.of("rerun-job.yaml", "report-reader-pod.yaml");

    @Test
    void kustomizeAppliesEveryManifestButTheOnesStartedByHand() {
        assertThat(kustomization.apiVersion()).isEqualTo("kustomize.config.k8s.io/v1beta1");
        assertThat(kustomization.kind()).isEqualTo("Kustomization");
        assertThat(kustomization.namespace()).isEqualTo(NAMESPACE);
        List<String> expected = manifests().stream().map(path -> path.getFileName().toString())
                .filter(name -> !BY_HAND.contains(name)).collect(Collectors.toList());
        expected.add("../jobs");
        assertThat(kustomization.resources()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theCronJobRunsNightlyNeverTwiceAtOnceAndWithinDeadlines() {
        var spec = cronJob.getSpec();
        assertThat(spec.getSchedule().split(" ")).as("five cron fields").hasSize(5);
        assertThat(spec.getTimeZone()).isNotBlank();
        assertThat(spec.getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(spec.getStartingDeadlineSeconds()).isBetween(60L, 6 * 3600L);
        assertThat(spec.getSuccessfulJobsHistoryLimit()).isPositive();
        assertThat(spec.getFailedJobsHistoryLimit()).isPositive();
        JobSpec job = spec.getJobTemplate().getSpec();
        assertThat(job.getActiveDeadlineSeconds()).isBetween(3600L, 24 * 3600L);
        assertThat(job.getTtlSecondsAfterFinished()).isPositive();
        assertThat(job.getBackoffLimit()).isBetween(0, 2);
        assertThat(job.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void exitCodesThatARetryCannotChangeFailTheJobAtOnce() throws IllegalAccessException {
        List<Integer> answers = answersARetryCannotChange();

        List<PodFailurePolicyRule> rules = cronJob.getSpec().getJobTemplate().getSpec().getPodFailurePolicy().getRules();
        PodFailurePolicyRule failJob = rules.stream().filter(rule -> rule.getAction().equals("FailJob")).findFirst().orElseThrow();
        assertThat(failJob.getOnExitCodes().getContainerName()).isEqualTo(container(cronJob).getName());
        assertThat(failJob.getOnExitCodes().getOperator()).isEqualTo("In");
        assertThat(failJob.getOnExitCodes().getValues()).containsExactlyInAnyOrderElementsOf(answers);
    }

    @Test
    void thePodRunsAsNonRootOnAReadOnlyRootFilesystem() {
        for (PodSpec pod : List.of(pod(cronJob), pod(rerunJob()))) {
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(ContainerImageTest.IMAGE_UID);
            assertThat(pod.getSecurityContext().getFsGroup()).as("the volume must be writable by that user")
                    .isEqualTo(ContainerImageTest.IMAGE_UID);
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            Container container = pod.getContainers().get(0);
            assertThat(pod.getContainers()).hasSize(1);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        }
    }

    @Test
    void onlyTheDataVolumeAndTmpAreWritable() {
        for (PodSpec pod : List.of(pod(cronJob), pod(rerunJob()))) {
            Map<String, Volume> volumes = pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
            Map<String, String> writable = pod.getContainers().get(0).getVolumeMounts().stream()
                    .filter(mount -> !Boolean.TRUE.equals(mount.getReadOnly()))
                    .collect(Collectors.toMap(VolumeMount::getMountPath, VolumeMount::getName));

            assertThat(writable).containsOnlyKeys(DATA, TMP);
            assertThat(volumes.get(writable.get(DATA)).getPersistentVolumeClaim().getClaimName())
                    .isEqualTo(claim().getMetadata().getName());
            assertThat(volumes.get(writable.get(TMP)).getEmptyDir().getSizeLimit()).isNotNull();
        }
    }

    @Test
    void theJvmSizesItsHeapFromTheContainersMemoryLimit() {
        Container container = container(cronJob);
        String options = env(container, "JAVA_TOOL_OPTIONS");

        assertThat(options).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx").contains("-Djava.io.tmpdir=" + TMP);
        // As the benchmark runs it (OrganizationScanBenchmark.DEFAULT_JVM_OPTIONS): the JIT's quick tier only,
        // compiling sooner, with more compiler threads.
        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=8",
                "-XX:CompileThresholdScaling=0.5");
        assertThat(container.getResources().getLimits()).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(container.getResources().getRequests().get("memory")))
                .isEqualTo(Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")));
        assertThat(container.getResources().getRequests()).containsKey("cpu");
        assertThat(env(container(rerunJob()), "JAVA_TOOL_OPTIONS")).isEqualTo(options);
    }

    @Test
    void theContainerRunsTheImagesEntrypointWithTheNightlyScanDefinition() {
        Container container = container(cronJob);

        assertThat(container.getCommand()).as("the image's entrypoint starts orgaudit").isEmpty();
        assertThat(container.getArgs()).containsExactly("--spring.config.import=file:" + JobsDefinitionsTest.CONFIG_MOUNT
                + "/nightly.yml");
        VolumeMount config = mount(container, JobsDefinitionsTest.CONFIG_MOUNT);
        assertThat(config.getReadOnly()).isTrue();
        assertThat(volume(pod(cronJob), config.getName()).getConfigMap().getName())
                .isEqualTo(JobsDefinitionsTest.configMap().name());
    }

    @Test
    void theRerunJobIsTheNightlyPodWithTheRerunDefinitionImportedLast() {
        Job rerun = rerunJob();
        PodSpec nightly = pod(cronJob);
        PodSpec pod = pod(rerun);

        assertThat(rerun.getMetadata().getName()).isNull();
        assertThat(rerun.getMetadata().getGenerateName()).isEqualTo("orgaudit-rerun-");
        assertThat(rerun.getMetadata().getNamespace()).as("not applied through kustomize").isEqualTo(NAMESPACE);
        assertThat(container(rerun).getArgs()).containsExactly("--spring.config.import=file:/config/nightly.yml,"
                + "file:/config/rerun.yml");
        assertThat(pod.getServiceAccountName()).isEqualTo(nightly.getServiceAccountName());
        assertThat(pod.getVolumes()).isEqualTo(nightly.getVolumes());
        assertThat(container(rerun).getVolumeMounts()).isEqualTo(container(cronJob).getVolumeMounts());
        assertThat(pod.getSecurityContext()).isEqualTo(nightly.getSecurityContext());
        assertThat(container(rerun).getSecurityContext()).isEqualTo(container(cronJob).getSecurityContext());
        assertThat(container(rerun).getResources()).isEqualTo(container(cronJob).getResources());
        assertThat(rerun.getSpec().getActiveDeadlineSeconds()).isPositive();
        assertThat(rerun.getSpec().getTtlSecondsAfterFinished()).isPositive();
    }

    @Test
    void everyPodUsesTheImageKustomizeSets() {
        Kustomization.Image image = kustomization.images().get(0);

        assertThat(kustomization.images()).hasSize(1);
        assertThat(container(cronJob).getImage()).isEqualTo(image.name());
        assertThat(container(rerunJob()).getImage()).as("rerun-job.yaml is not kustomized").isEqualTo(image.reference());
        assertThat(image.newName()).as("pom.xml image.name, which Jib pushes").isEqualTo(ContainerImageTest.jibImageName());
        assertThat(image.newTag()).isNotBlank().isNotEqualTo("latest");
    }

    @Test
    void theServiceAccountIsAnnotatedForIrsaAndMountsNoKubernetesToken() {
        ServiceAccount account = Manifests.read(ProjectFiles.K8S.resolve("serviceaccount.yaml"), ServiceAccount.class);

        assertThat(pod(cronJob).getServiceAccountName()).isEqualTo(account.getMetadata().getName());
        assertThat(account.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"))
                .matches("arn:aws:iam::\\d{12}:role/[\\w+=,.@-]+");
        assertThat(account.getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void theReportReaderMountsTheReportsReadOnlyAndMeetsTheRestrictedPodSecurityStandard() {
        Pod reader = Manifests.read(ProjectFiles.K8S.resolve("report-reader-pod.yaml"), Pod.class);
        PodSpec pod = reader.getSpec();
        Container container = pod.getContainers().get(0);

        assertThat(reader.getMetadata().getNamespace()).isEqualTo(NAMESPACE);
        assertThat(volume(pod, mount(container, DATA).getName()).getPersistentVolumeClaim().getClaimName())
                .isEqualTo(claim().getMetadata().getName());
        assertThat(mount(container, DATA).getReadOnly()).isTrue();
        assertThat(pod.getActiveDeadlineSeconds()).as("does not linger").isPositive();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    }

    @Test
    void theVolumeClaimIsOneWriterAtATime() {
        PersistentVolumeClaim claim = claim();

        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        assertThat(Quantity.getAmountInBytes(claim.getSpec().getResources().getRequests().get("storage")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(new Quantity("1Gi")));
    }

    /**
     * orgaudit's exit codes (ScanResult's int constants) other than success (0), a bug (1) and the environment not
     * ready (5): an unreachable endpoint may answer a minute later, and the retry resumes the run.
     */
    private static List<Integer> answersARetryCannotChange() throws IllegalAccessException {
        List<Integer> codes = new ArrayList<>();
        for (Field field : ScanResult.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                codes.add(field.getInt(null));
            }
        }
        codes.removeAll(List.of(ScanResult.ALL_EVALUATED, ScanResult.JOB_FAILED, ScanResult.ENVIRONMENT_NOT_READY));
        assertThat(codes).as("ScanResult's exit codes").isNotEmpty();
        return codes;
    }

    static List<Path> manifests() {
        return ProjectFiles.filesIn(ProjectFiles.K8S, ".yaml", ".yml").stream()
                .filter(path -> !path.getFileName().toString().equals("kustomization.yaml")).toList();
    }

    static Job rerunJob() {
        return Manifests.read(ProjectFiles.K8S.resolve("rerun-job.yaml"), Job.class);
    }

    static PersistentVolumeClaim claim() {
        return Manifests.read(ProjectFiles.K8S.resolve("persistentvolumeclaim.yaml"), PersistentVolumeClaim.class);
    }

    static PodSpec pod(CronJob cronJob) {
        return cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }

    static PodSpec pod(Job job) {
        return job.getSpec().getTemplate().getSpec();
    }

    static Container container(CronJob cronJob) {
        return pod(cronJob).getContainers().get(0);
    }

    static Container container(Job job) {
        return pod(job).getContainers().get(0);
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream().filter(env -> env.getName().equals(name)).map(EnvVar::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in the container's env"));
    }

    static VolumeMount mount(Container container, String path) {
        return container.getVolumeMounts().stream().filter(mount -> mount.getMountPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
    }

    static Volume volume(PodSpec pod, String name) {
        return pod.getVolumes().stream().filter(volume -> volume.getName().equals(name)).findFirst().orElseThrow();
    }
}

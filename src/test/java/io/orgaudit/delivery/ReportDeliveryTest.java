package io.orgaudit.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsTarget;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.simulator.SimulatedAws;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.StoredObject;

/** Report delivery to S3 over the wire, against the simulator, read back object by object. */
class ReportDeliveryTest {

    private static final String BUCKET = "acme-compliance-reports";
    private static final String BUCKET_IN_IRELAND = "acme-compliance-reports-eu";
    private static final String KMS_KEY = "arn:aws:kms:us-east-1:111111111111:key/0b7c6a1e-3f42-4c55-9a1d-2f8e7b6c5d4a";
    private static final String BASE = "orgaudit-o-exampleorg1-2026-11-28-run7";

    private static SimulatedAws sim;

    @TempDir
    Path reports;
    private List<Path> files;
    private final List<AwsAccess> opened = new ArrayList<>();

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .defaultRegions("us-east-1", "eu-west-1")
                .bucket(BUCKET)
                .bucket(BUCKET_IN_IRELAND, null, "eu-west-1")
                .build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void writeReportFiles() throws IOException {
        sim.faults().clear();
        sim.calls().reset();
        files = List.of(
                Files.write(reports.resolve(BASE + ".xlsx"), new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3}),
                Files.writeString(reports.resolve(BASE + ".csv"), "account,rule,verdict\n222222222222,D9.AWS.MON.01,FAIL\n"),
                Files.writeString(reports.resolve(BASE + ".jsonl"), "{\"account\":\"222222222222\",\"verdict\":\"FAIL\"}\n"));
    }

    @AfterEach
    void closeClients() {
        opened.forEach(AwsAccess::close);
    }

    @Test
    void uploadsTheWorkbookAndFindingsUnderThePrefixWithSseS3() throws IOException {
        List<String> uris = delivery(Map.of("orgaudit.delivery.prefix", "orgaudit/nightly")).deliver(files);

        assertThat(uris).containsExactly(
                "s3://acme-compliance-reports/orgaudit/nightly/" + BASE + ".xlsx",
                "s3://acme-compliance-reports/orgaudit/nightly/" + BASE + ".csv",
                "s3://acme-compliance-reports/orgaudit/nightly/" + BASE + ".jsonl");
        for (Path file : files) {
            StoredObject stored = object("orgaudit/nightly/" + file.getFileName());
            assertThat(stored.content()).isEqualTo(Files.readAllBytes(file));
            assertThat(stored.serverSideEncryption()).contains("AES256");
            assertThat(stored.kmsKeyId()).isEmpty();
            assertThat(stored.accountId()).as("uploaded as the hub identity").isEqualTo("111111111111");
        }
        assertThat(object("orgaudit/nightly/" + BASE + ".xlsx").contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(object("orgaudit/nightly/" + BASE + ".csv").contentType()).startsWith("text/csv");
        assertThat(object("orgaudit/nightly/" + BASE + ".jsonl").contentType()).isEqualTo("application/x-ndjson");
    }

    @Test
    void usesSseKmsWithTheConfiguredKey() {
        delivery(Map.of("orgaudit.delivery.prefix", "kms/", "orgaudit.delivery.kms-key-id", KMS_KEY)).deliver(files);

        StoredObject workbook = object("kms/" + BASE + ".xlsx");
        assertThat(workbook.serverSideEncryption()).contains("aws:kms");
        assertThat(workbook.kmsKeyId()).contains(KMS_KEY);
    }

    @Test
    void uploadsToABucketInAnotherRegionThanTheHubs() {
        List<String> uris = delivery(Map.of("orgaudit.delivery.bucket", BUCKET_IN_IRELAND,
                "orgaudit.delivery.region", "eu-west-1")).deliver(files.subList(0, 1));

        assertThat(uris).containsExactly("s3://" + BUCKET_IN_IRELAND + "/" + BASE + ".xlsx");
        assertThat(sim.s3Object(BUCKET_IN_IRELAND, BASE + ".xlsx").orElseThrow().region()).isEqualTo("eu-west-1");
    }

    @Test
    void doesNothingWhenNoBucketIsConfigured() {
        ReportDelivery delivery = delivery(Map.of("orgaudit.delivery.bucket", ""));

        assertThat(delivery.enabled()).isFalse();
        assertThat(delivery.deliver(files)).isEmpty();
        assertThat(sim.calls().count("PutObject")).isZero();
    }

    @Test
    void aFailedUploadNamesBucketKeyAndAwsErrorAndLeavesTheLocalFilesAsTheyWere() throws IOException {
        Map<Path, byte[]> before = new HashMap<>();
        Map<Path, FileTime> modified = new HashMap<>();
        for (Path file : files) {
            before.put(file, Files.readAllBytes(file));
            modified.put(file, Files.getLastModifiedTime(file));
        }

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> delivery(Map.of("orgaudit.delivery.bucket", "acme-compliance-report",
                        "orgaudit.delivery.prefix", "orgaudit/nightly/")).deliver(files));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .contains("Could not upload 3 of 3 report files to S3 (the local files are kept)")
                .contains(BASE + ".xlsx -> s3://acme-compliance-report/orgaudit/nightly/" + BASE + ".xlsx")
                .contains("s3:PutObject failed: NoSuchBucket");
        assertThat(failure.failed()).extracting(DeliveryException.FailedUpload::bucket).containsOnly("acme-compliance-report");
        assertThat(failure.delivered()).isEmpty();
        for (Path file : files) {
            assertThat(Files.readAllBytes(file)).isEqualTo(before.get(file));
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified.get(file));
        }
        assertThat(Files.list(reports)).as("nothing added or removed beside the reports").hasSize(3);
    }

    @Test
    void aDeniedUploadSaysAccessDenied() {
        sim.faults().denyOperation("111111111111", "PutObject");

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> delivery(Map.of()).deliver(files.subList(0, 1)));

        assertThat(failure.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.uri()).isEqualTo("s3://" + BUCKET + "/" + BASE + ".xlsx");
            assertThat(failed.reason()).startsWith("s3:PutObject failed: AccessDenied").contains("not authorized");
        });
        assertThat(Files.exists(files.get(0))).isTrue();
    }

    @Test
    void theOtherFilesAreStillDeliveredWhenOneCannotBeRead() {
        Path missing = reports.resolve("gone.xlsx");

        DeliveryException failure = catchThrowableOfType(DeliveryException.class,
                () -> delivery(Map.of("orgaudit.delivery.prefix", "partial")).deliver(List.of(missing, files.get(1))));

        assertThat(failure.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.key()).isEqualTo("partial/gone.xlsx");
            assertThat(failed.reason()).contains("does not exist");
        });
        assertThat(failure.delivered()).containsExactly("s3://" + BUCKET + "/partial/" + BASE + ".csv");
        assertThat(sim.s3Object(BUCKET, "partial/" + BASE + ".csv")).isPresent();
    }

    @Test
    void throttledUploadsAreRetried() {
        sim.faults().throttle("PutObject", 2);

        assertThat(delivery(Map.of("orgaudit.delivery.prefix", "retried")).deliver(files.subList(1, 2))).hasSize(1);
        assertThat(sim.calls().count("PutObject")).isEqualTo(3);
    }

    @Test
    void prefixesAreNormalisedToAFolder() {
        Path file = Path.of("/data/reports/r.xlsx");
        assertThat(ObjectKeys.key("orgaudit/nightly", file)).isEqualTo("orgaudit/nightly/r.xlsx");
        assertThat(ObjectKeys.key("/orgaudit/nightly/", file)).isEqualTo("orgaudit/nightly/r.xlsx");
        assertThat(ObjectKeys.key("", file)).isEqualTo("r.xlsx");
        assertThat(ObjectKeys.key(null, file)).isEqualTo("r.xlsx");
    }

    private static StoredObject object(String key) {
        Optional<StoredObject> stored = sim.s3Object(BUCKET, key);
        assertThat(stored).as("s3://%s/%s", BUCKET, key).isPresent();
        return stored.get();
    }

    /** Settings bound as Spring binds them, so defaults apply as in the application. */
    private ReportDelivery delivery(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(Map.of("orgaudit.source", "aws",
                "orgaudit.aws.endpoint", sim.endpoint().toString(), "orgaudit.aws.max-attempts", "4",
                "orgaudit.delivery.bucket", BUCKET));
        all.putAll(properties);
        ScanSettings settings = new Binder(new MapConfigurationPropertySource(all))
                .bindOrCreate("orgaudit", ScanSettings.class);
        AwsTarget target = new AwsTarget(Optional.of(sim.endpoint()), StaticCredentialsProvider.create(
                AwsBasicCredentials.create(sim.hubAccessKeyId(), sim.hubSecretAccessKey())), "test simulator");
        AwsAccess access = new AwsAccess(settings, target);
        opened.add(access);
        return new ReportDelivery(settings, access);
    }
}

package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.StoredObject;

/** S3 PutObject over the wire, as the AWS SDK's S3 client sends it (path-style, aws-chunked, flexible checksums). */
class S3ApiTest {

    private static final String REPORTS = "acme-orgaudit-reports";
    private static final String MEMBER = "222222222222";

    private static SimulatedAws sim;
    private static SdkClients sdk;

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .defaultRegions("us-east-1", "eu-west-1")
                .bucket(REPORTS)
                .bucket("member-bucket", MEMBER, "eu-west-1")
                .account(MEMBER, a -> a.name("member"))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @BeforeEach
    void clearFaults() {
        sim.faults().clear();
    }

    @Test
    void storesTheObjectWithItsEncryptionContentTypeAndMetadata() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            PutObjectResponse response = s3.putObject(r -> r.bucket(REPORTS).key("nightly/summary.csv")
                            .contentType("text/csv").serverSideEncryption(ServerSideEncryption.AES256)
                            .metadata(Map.of("run-id", "42")),
                    RequestBody.fromString("account,verdict\n111111111111,PASS\n"));

            assertThat(response.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
            StoredObject stored = sim.s3Object(REPORTS, "nightly/summary.csv").orElseThrow();
            assertThat(stored.contentAsText()).isEqualTo("account,verdict\n111111111111,PASS\n");
            assertThat(stored.contentType()).isEqualTo("text/csv");
            assertThat(stored.serverSideEncryption()).contains("AES256");
            assertThat(stored.kmsKeyId()).isEmpty();
            assertThat(stored.metadata()).containsEntry("run-id", "42");
            assertThat(stored.accountId()).isEqualTo("111111111111");
            assertThat(stored.uri()).isEqualTo("s3://acme-orgaudit-reports/nightly/summary.csv");
            assertThat(response.eTag()).isEqualTo(stored.eTag());
            assertThat(sim.calls().all()).anySatisfy(call -> {
                assertThat(call.service()).isEqualTo("s3");
                assertThat(call.operation()).isEqualTo("PutObject");
                assertThat(call.subject()).isEqualTo(REPORTS + "/nightly/summary.csv");
            });
        }
    }

    @Test
    void keepsTheKmsKeyOfAnSseKmsUpload() {
        String key = "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            PutObjectResponse response = s3.putObject(r -> r.bucket(REPORTS).key("kms.txt")
                    .serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(key), RequestBody.fromString("x"));

            assertThat(response.ssekmsKeyId()).isEqualTo(key);
            StoredObject stored = sim.s3Object(REPORTS, "kms.txt").orElseThrow();
            assertThat(stored.serverSideEncryption()).contains("aws:kms");
            assertThat(stored.kmsKeyId()).contains(key);
        }
    }

    @Test
    void receivesALargeFileIntactWhateverTheChunking(@TempDir Path dir) throws IOException {
        byte[] content = new byte[700_000];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("big.xlsx"), content);
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            s3.putObject(r -> r.bucket(REPORTS).key("big.xlsx"), RequestBody.fromFile(file));
        }
        assertThat(sim.s3Object(REPORTS, "big.xlsx").orElseThrow().content()).isEqualTo(content);
    }

    @Test
    void keysWithSpacesPlusSignsAndAccentsArriveAsSent() {
        String key = "reports/2026 11/run+1 é.xlsx";
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            s3.putObject(r -> r.bucket(REPORTS).key(key), RequestBody.fromString("ok"));
        }
        assertThat(sim.s3Object(REPORTS, key)).isPresent();
    }

    @Test
    void aBucketTheScenarioDoesNotDeclareDoesNotExist() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            var error = AwsErrors.errorOf(() -> s3.putObject(r -> r.bucket("acme-orgaudit-report").key("a"),
                    RequestBody.fromString("x")));
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("NoSuchBucket");
            assertThat(error.statusCode()).isEqualTo(404);
            assertThat(error.awsErrorDetails().errorMessage()).contains("acme-orgaudit-report");
        }
    }

    @Test
    void anUploadSignedForAnotherRegionThanTheBucketsIsRefused() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.EU_WEST_1)) {
            var error = AwsErrors.errorOf(() -> s3.putObject(r -> r.bucket(REPORTS).key("a"), RequestBody.fromString("x")));
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("AuthorizationHeaderMalformed");
            assertThat(error.awsErrorDetails().errorMessage()).contains("'eu-west-1' is wrong; expecting 'us-east-1'");
        }
    }

    @Test
    void onlyTheBucketOwnerMayPut() {
        try (S3Client member = sdk.s3(sdk.assume(MEMBER), Region.US_EAST_1);
             S3Client hub = sdk.s3(sdk.hub(), Region.EU_WEST_1);
             S3Client memberInItsRegion = sdk.s3(sdk.assume(MEMBER), Region.EU_WEST_1)) {
            var denied = AwsErrors.errorOf(() -> member.putObject(r -> r.bucket(REPORTS).key("a"), RequestBody.fromString("x")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.statusCode()).isEqualTo(403);
            assertThat(denied.awsErrorDetails().errorMessage())
                    .contains("not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::acme-orgaudit-reports/a\"");
            assertThat(AwsErrors.codeOf(() -> hub.putObject(r -> r.bucket("member-bucket").key("a"),
                    RequestBody.fromString("x")))).isEqualTo("AccessDenied");
            memberInItsRegion.putObject(r -> r.bucket("member-bucket").key("a"), RequestBody.fromString("x"));
            assertThat(sim.s3Object("member-bucket", "a").orElseThrow().accountId()).isEqualTo(MEMBER);
        }
    }

    @Test
    void refusesEncryptionSettingsS3Refuses() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            assertThat(AwsErrors.codeOf(() -> s3.putObject(r -> r.bucket(REPORTS).key("a").serverSideEncryption("DES"),
                    RequestBody.fromString("x")))).isEqualTo("InvalidArgument");
            assertThat(AwsErrors.codeOf(() -> s3.putObject(r -> r.bucket(REPORTS).key("a")
                    .serverSideEncryption(ServerSideEncryption.AES256).ssekmsKeyId("alias/reports"),
                    RequestBody.fromString("x")))).isEqualTo("InvalidArgument");
        }
        assertThat(sim.s3Object(REPORTS, "a")).isEmpty();
    }

    @Test
    void deniedAndThrottledUploadsBehaveLikeS3() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            sim.faults().denyOperation("111111111111", "PutObject");
            var denied = AwsErrors.errorOf(() -> s3.putObject(r -> r.bucket(REPORTS).key("denied"), RequestBody.fromString("x")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(denied.awsErrorDetails().errorMessage()).contains("s3:PutObject");
            sim.faults().clear();

            sim.calls().reset();
            sim.faults().throttle("PutObject", 2);
            s3.putObject(r -> r.bucket(REPORTS).key("after-slowdown"), RequestBody.fromString("x"));
            assertThat(sim.calls().count("PutObject")).as("SlowDown is retried").isEqualTo(3);
            assertThat(sim.s3Object(REPORTS, "after-slowdown")).isPresent();
            assertThat(sim.s3Object(REPORTS, "denied")).isEmpty();
        }
    }

    @Test
    void otherS3OperationsAreNotServed() {
        try (S3Client s3 = sdk.s3(sdk.hub(), Region.US_EAST_1)) {
            var error = AwsErrors.errorOf(() -> s3.getObjectAsBytes(r -> r.bucket(REPORTS).key("kms.txt")));
            assertThat(error.statusCode()).isEqualTo(501);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
        }
    }

    @Test
    void withoutDeclaredBucketsAnyBucketIsCreatedByItsFirstUpload() {
        try (SimulatedAws open = SimulatedAws.start(Scenario.builder().defaultRegions("us-east-1", "eu-west-1").build());
             SdkClients clients = new SdkClients(open);
             S3Client ireland = clients.s3(clients.hub(), Region.EU_WEST_1);
             S3Client virginia = clients.s3(clients.hub(), Region.US_EAST_1)) {
            ireland.putObject(r -> r.bucket("any-name").key("k"), RequestBody.fromString("v", StandardCharsets.UTF_8));

            assertThat(open.objects()).singleElement().satisfies(object -> {
                assertThat(object.uri()).isEqualTo("s3://any-name/k");
                assertThat(object.region()).isEqualTo("eu-west-1");
                assertThat(object.serverSideEncryption()).isEmpty();
            });
            assertThat(AwsErrors.codeOf(() -> virginia.putObject(r -> r.bucket("any-name").key("k2"),
                    RequestBody.fromString("v")))).as("the bucket now lives in eu-west-1").isEqualTo("AuthorizationHeaderMalformed");
        }
    }
}

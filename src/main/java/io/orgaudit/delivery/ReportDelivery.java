package io.orgaudit.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.settings.ScanSettings;

/**
 * Uploads a run's report files (workbook, CSV and JSON Lines findings) to the S3 bucket and prefix of
 * {@code orgaudit.delivery}, as the hub identity, always server-side encrypted: SSE-KMS with the configured key,
 * else SSE-S3 (AES256). Nothing is assumed about public access: objects get no ACL, the bucket's settings apply.
 * The local files are only read, never moved or deleted, so a failed upload leaves the run's output where it was.
 */
public final class ReportDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    private final ScanSettings.Delivery delivery;
    private final AwsAccess access;

    public ReportDelivery(ScanSettings settings, AwsAccess access) {
        this.delivery = settings.delivery();
        this.access = access;
    }

    /** False when no bucket is configured; {@link #deliver} then does nothing. */
    public boolean enabled() {
        return delivery.enabled();
    }

    /**
     * Uploads each file to {@code s3://bucket/prefix + file name}. Every file is tried even when one fails, so a
     * passing problem costs as little as possible.
     *
     * @return the {@code s3://} URIs written, in the order of {@code files}; empty when delivery is not configured
     * @throws DeliveryException when any file could not be uploaded, naming bucket, key and the AWS error of each
     */
    public List<String> deliver(List<Path> files) {
        if (!enabled() || files.isEmpty()) {
            return List.of();
        }
        List<String> delivered = new ArrayList<>();
        List<DeliveryException.FailedUpload> failed = new ArrayList<>();
        try (S3Client s3 = access.s3(delivery.region())) {
            for (Path file : files) {
                String key = ObjectKeys.key(delivery.prefix(), file);
                String uri = "s3://" + delivery.bucket() + "/" + key;
                try {
                    upload(s3, file, key);
                    delivered.add(uri);
                    log.info("Delivered {} to {}", file.getFileName(), uri);
                } catch (RuntimeException e) {
                    failed.add(new DeliveryException.FailedUpload(file, delivery.bucket(), key, reason(e)));
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new DeliveryException(failed, delivered);
        }
        return List.copyOf(delivered);
    }

    private void upload(S3Client s3, Path file, String key) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("the file " + file.toAbsolutePath() + " does not exist or cannot be read");
        }
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(delivery.bucket())
                .key(key)
                .contentType(ObjectKeys.contentType(file));
        if (delivery.kmsKeyId() == null || delivery.kmsKeyId().isBlank()) {
            request.serverSideEncryption(ServerSideEncryption.AES256);
        } else {
            request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(delivery.kmsKeyId());
        }
        s3.putObject(request.build(), RequestBody.fromFile(file));
    }

    private static String reason(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return AwsFailures.classify("s3:PutObject", e).describe();
    }
}

package io.orgaudit.simulator.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An object some client put into a simulated S3 bucket, as stored: its bytes (aws-chunked encoding removed) and
 * the headers that matter to an auditor.
 *
 * @param serverSideEncryption what the upload asked for ({@code AES256}, {@code aws:kms}, {@code aws:kms:dsse});
 *                             empty when it asked for nothing (S3 would then apply its default, SSE-S3)
 * @param kmsKeyId             the KMS key the upload named, if any
 * @param metadata             the {@code x-amz-meta-*} headers, names without the prefix, lower case
 * @param accountId            the account whose credentials signed the upload
 * @param region               the region the upload was signed for
 */
public record StoredObject(String bucket, String key, byte[] content, String contentType,
                           Optional<String> serverSideEncryption, Optional<String> kmsKeyId,
                           Map<String, String> metadata, String accountId, String region, Instant storedAt,
                           String eTag) {

    public StoredObject {
        content = content.clone();
        metadata = Map.copyOf(metadata);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String contentAsText() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}

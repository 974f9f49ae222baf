package io.orgaudit.access;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Where AWS calls go and as whom: real AWS with the default credentials chain (IRSA, Pod Identity, profile,
 * environment), or one endpoint for every service (the built-in simulator, LocalStack, moto).
 *
 * @param description shown in progress output and the workbook, e.g. "aws" or "demo simulator at http://127.0.0.1:4566"
 */
public record AwsTarget(Optional<URI> endpoint, AwsCredentialsProvider hubCredentials, String description) {

    /** One endpoint for every service, signed as the hub with fixed keys (e.g. the built-in simulator's). */
    public static AwsTarget withKeys(URI endpoint, String accessKeyId, String secretAccessKey, String description) {
        return new AwsTarget(Optional.of(endpoint), StaticCredentialsProvider.create(
                AwsBasicCredentials.create(accessKeyId, secretAccessKey)), description);
    }
}

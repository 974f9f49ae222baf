package io.orgaudit.access;

import java.net.URI;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Where AWS calls go and as whom: real AWS with the default credentials chain (IRSA, Pod Identity, profile,
 * environment), or one endpoint for every service (the built-in simulator, LocalStack, moto).
 *
 * @param description shown in progress output and the workbook, e.g. "aws" or "demo simulator at http://127.0.0.1:4566"
 */
public record AwsTarget(Optional<URI> endpoint, AwsCredentialsProvider hubCredentials, String description) {}

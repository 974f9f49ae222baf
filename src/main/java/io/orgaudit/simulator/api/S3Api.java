package io.orgaudit.simulator.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.PutObjectInput;
import io.orgaudit.simulator.protocol.RestXmlApi;
import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.scenario.SimBucket;
import io.orgaudit.simulator.server.S3Store;
import io.orgaudit.simulator.server.StoredObject;

/**
 * Amazon S3 PutObject into a bucket of the scenario (or an implicit one, see {@link Scenario#buckets()}). The bucket
 * must be the caller's and in the signed region; the encryption headers are checked as S3 checks them; checksums
 * the SDK sends (header or aws-chunked trailer, and Content-MD5) are verified against the bytes received.
 */
final class S3Api implements RestXmlApi {

    static final ErrorDialect ERRORS = new ErrorDialect(false, "SlowDown", 503, "AccessDenied", 403, "InvalidArgument",
            "InvalidArgument", 403);
    private static final Set<String> ENCRYPTIONS = Set.of("AES256", "aws:kms", "aws:kms:dsse");
    private static final String SSE = "x-amz-server-side-encryption";
    private static final String SSE_KMS_KEY = "x-amz-server-side-encryption-aws-kms-key-id";
    private static final String META = "x-amz-meta-";
    private static final int MAX_KEY_BYTES = 1024;

    private final S3Store store;

    S3Api(S3Store store) {
        this.store = store;
    }

    /** Stores the object; returns the response headers. */
    @Override
    public Map<String, String> call(ApiRequest request) {
        if (!request.operation().equals("PutObject")) {
            throw request.errors().unknownOperation(request.operation());
        }
        PutObjectInput input = (PutObjectInput) request.params();
        SimBucket bucket = store.bucketFor(request.scenario(), input.bucket(), request.accountId(), request.region())
                .orElseThrow(() -> new AwsServiceError(404, "NoSuchBucket", "The specified bucket does not exist: " + input.bucket()));
        checkAccess(request, input, bucket);
        Optional<String> encryption = input.header(SSE);
        Optional<String> kmsKeyId = input.header(SSE_KMS_KEY);
        checkEncryption(encryption, kmsKeyId);
        verifyChecksums(input);
        String eTag = "\"" + HexFormat.of().formatHex(digest("MD5", input.content())) + "\"";
        Map<String, String> metadata = new LinkedHashMap<>();
        input.headers().forEach((name, value) -> {
            if (name.startsWith(META)) {
                metadata.put(name.substring(META.length()), value);
            }
        });
        store.put(new StoredObject(input.bucket(), input.key(), input.content(),
                input.header("content-type").orElse("binary/octet-stream"), encryption, kmsKeyId, metadata,
                request.accountId(), request.region(), Instant.now(), eTag));
        return responseHeaders(input, bucket, eTag, encryption, kmsKeyId);
    }

    private static void checkAccess(ApiRequest request, PutObjectInput input, SimBucket bucket) {
        if (!bucket.region().equals(request.region())) {
            throw new AwsServiceError(400, "AuthorizationHeaderMalformed", "The authorization header is malformed;"
                    + " the region '" + request.region() + "' is wrong; expecting '" + bucket.region() + "'");
        }
        if (!bucket.accountId().equals(request.accountId())) {
            throw request.errors().accessDenied("User: " + request.caller().arn() + " is not authorized to perform:"
                    + " s3:PutObject on resource: \"" + bucket.arn() + "/" + input.key() + "\" because no"
                    + " resource-based policy allows the s3:PutObject action");
        }
        if (input.key().getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new AwsServiceError(400, "KeyTooLongError", "Your key is too long");
        }
    }

    private static void checkEncryption(Optional<String> encryption, Optional<String> kmsKeyId) {
        if (encryption.isPresent() && !ENCRYPTIONS.contains(encryption.get())) {
            throw new AwsServiceError(400, "InvalidArgument", "The encryption method specified is not supported");
        }
        if (kmsKeyId.isPresent() && !encryption.map(value -> value.startsWith("aws:kms")).orElse(false)) {
            throw new AwsServiceError(400, "InvalidArgument", "Server Side Encryption with AWS KMS managed key requires"
                    + " HTTP header x-amz-server-side-encryption : aws:kms");
        }
    }

    private static void verifyChecksums(PutObjectInput input) {
        input.header("content-md5").ifPresent(md5 -> {
            if (!md5.equals(Base64.getEncoder().encodeToString(digest("MD5", input.content())))) {
                throw new AwsServiceError(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
            }
        });
        Map<String, String> expected = Map.of("crc32", crc(new CRC32(), input.content()),
                "crc32c", crc(new CRC32C(), input.content()),
                "sha1", Base64.getEncoder().encodeToString(digest("SHA-1", input.content())),
                "sha256", Base64.getEncoder().encodeToString(digest("SHA-256", input.content())));
        expected.forEach((algorithm, value) -> input.headerOrTrailer("x-amz-checksum-" + algorithm).ifPresent(sent -> {
            if (!sent.equals(value)) {
                throw new AwsServiceError(400, "BadDigest", "The " + algorithm.toUpperCase()
                        + " you specified did not match the calculated checksum.");
            }
        }));
    }

    private static Map<String, String> responseHeaders(PutObjectInput input, SimBucket bucket, String eTag,
                                                       Optional<String> encryption, Optional<String> kmsKeyId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("ETag", eTag);
        // Since 2023 S3 encrypts every new object; without a header it applies SSE-S3 and says so.
        headers.put(SSE, encryption.orElse("AES256"));
        if (encryption.map(value -> value.startsWith("aws:kms")).orElse(false)) {
            headers.put(SSE_KMS_KEY, kmsKeyId.orElse("arn:aws:kms:" + bucket.region() + ":" + bucket.accountId()
                    + ":alias/aws/s3"));
        }
        for (String algorithm : new String[] {"crc32", "crc32c", "sha1", "sha256", "crc64nvme"}) {
            input.headerOrTrailer("x-amz-checksum-" + algorithm).ifPresent(value -> headers.put("x-amz-checksum-" + algorithm, value));
        }
        return headers;
    }

    private static String crc(Checksum checksum, byte[] content) {
        checksum.update(content, 0, content.length);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) checksum.getValue()).array());
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

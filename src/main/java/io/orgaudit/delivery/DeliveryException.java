package io.orgaudit.delivery;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Some report files could not be uploaded. The message names, for each, the local file (which is still there),
 * the bucket and key, and the AWS error, e.g. {@code s3:PutObject failed: AccessDenied (User: ... is not authorized)}.
 */
public final class DeliveryException extends RuntimeException {

    /** One file that did not reach S3, and why. */
    public record FailedUpload(Path file, String bucket, String key, String reason) {

        public String uri() {
            return "s3://" + bucket + "/" + key;
        }
    }

    private final List<FailedUpload> failed;
    private final List<String> delivered;

    DeliveryException(List<FailedUpload> failed, List<String> delivered) {
        super(message(failed, delivered));
        this.failed = List.copyOf(failed);
        this.delivered = List.copyOf(delivered);
    }

    public List<FailedUpload> failed() {
        return failed;
    }

    /** The URIs that were written before or after the failures. */
    public List<String> delivered() {
        return delivered;
    }

    private static String message(List<FailedUpload> failed, List<String> delivered) {
        String failures = failed.stream()
                .map(f -> f.file().getFileName() + " -> " + f.uri() + ": " + f.reason())
                .collect(Collectors.joining("; "));
        return "Could not upload " + failed.size() + " of " + (failed.size() + delivered.size())
                + " report files to S3 (the local files are kept): " + failures;
    }
}

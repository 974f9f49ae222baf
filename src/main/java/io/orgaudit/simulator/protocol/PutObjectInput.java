package io.orgaudit.simulator.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PutObject request as the S3 endpoint parsed it: bucket and key from the path, the object's bytes with any
 * aws-chunked encoding removed, the request headers (names in lower case) and the aws-chunked trailers.
 * As {@link Params}, {@code Bucket}, {@code Key} and {@code Object} ("bucket/key") name the object; any other
 * name is looked up among the headers.
 */
public record PutObjectInput(String bucket, String key, byte[] content, Map<String, String> headers,
                      Map<String, String> trailers) implements Params {

    @Override
    public Optional<String> string(String name) {
        return switch (name) {
            case "Bucket" -> Optional.of(bucket);
            case "Key" -> Optional.of(key);
            case "Object" -> Optional.of(bucket + "/" + key);
            default -> header(name);
        };
    }

    @Override
    public List<String> strings(String name) {
        return List.of();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase()));
    }

    /** A value sent as a header or, with aws-chunked encoding, as a trailer (flexible checksums). */
    public Optional<String> headerOrTrailer(String name) {
        return header(name).or(() -> Optional.ofNullable(trailers.get(name.toLowerCase())));
    }
}

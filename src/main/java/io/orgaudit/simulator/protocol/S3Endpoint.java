package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Amazon S3's REST-XML protocol, path-style ({@code PUT /bucket/key}), for the one operation orgaudit uses:
 * PutObject. Answers carry their data in headers (ETag, x-amz-server-side-encryption); errors are
 * {@code <Error><Code>..</Code><Message>..</Message><RequestId>..</RequestId></Error>} with the HTTP status S3 uses.
 */
public final class S3Endpoint extends ServiceEndpoint {

    /** The generic authentication errors under the names S3 gives them. */
    private static final Map<String, String> S3_CODES = Map.of(
            "UnrecognizedClientException", "InvalidAccessKeyId",
            "InvalidSignatureException", "SignatureDoesNotMatch",
            "ExpiredTokenException", "ExpiredToken",
            "MissingAuthenticationTokenException", "AccessDenied",
            "UnknownOperationException", "NotImplemented");

    private final RestXmlApi api;

    public S3Endpoint(ErrorDialect errors, RestXmlApi api) {
        super("s3", errors);
        this.api = api;
    }

    @Override
    public Parsed parse(HttpExchange exchange, byte[] body) {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getRawPath();
        String[] parts = rawPath.length() > 1 ? rawPath.substring(1).split("/", 2) : new String[] {""};
        String bucket = decodePath(parts[0]);
        String key = parts.length < 2 ? "" : decodePath(parts[1]);
        if (!method.equals("PUT") || bucket.isEmpty() || key.isEmpty() || hasSubresource(exchange.getRequestURI().getRawQuery())) {
            throw new AwsServiceError(501, "NotImplemented", "The simulator serves only PutObject (PUT /bucket/key,"
                    + " path-style addressing), not " + method + " " + rawPath);
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String contentSha256 = headers.getOrDefault("x-amz-content-sha256", "");
        if (contentSha256.startsWith("STREAMING-") || headers.getOrDefault("content-encoding", "").contains("aws-chunked")) {
            AwsChunked.Decoded decoded = AwsChunked.decode(body);
            String declared = headers.get("x-amz-decoded-content-length");
            if (declared != null && !declared.equals(String.valueOf(decoded.content().length))) {
                throw new AwsServiceError(400, "IncompleteBody", "You did not provide the number of bytes specified by"
                        + " the x-amz-decoded-content-length header (" + declared + ", got " + decoded.content().length + ")");
            }
            return new Parsed("PutObject", new PutObjectInput(bucket, key, decoded.content(), headers, decoded.trailers()));
        }
        if (contentSha256.matches("[0-9a-f]{64}") && !contentSha256.equals(sha256Hex(body))) {
            throw new AwsServiceError(400, "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        return new Parsed("PutObject", new PutObjectInput(bucket, key, body, headers, Map.of()));
    }

    @Override
    public Response dispatch(ApiRequest request) {
        Map<String, String> headers = new HashMap<>(api.call(request));
        headers.putAll(requestIds(request.requestId()));
        return new Response(200, "application/xml", new byte[0], headers);
    }

    @Override
    public Response error(AwsServiceError error, String requestId) {
        String code = S3_CODES.getOrDefault(error.code(), error.code());
        Xml document = new Xml().open("Error").leaf("Code", code).leaf("Message", error.getMessage())
                .leaf("RequestId", requestId).leaf("HostId", hostId(requestId)).close("Error");
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document).getBytes(StandardCharsets.UTF_8);
        return new Response(error.status(), "application/xml", body, requestIds(requestId));
    }

    /** Path segments are percent-encoded once; a '+' in a key is a plus sign, not a space. */
    private static String decodePath(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Query parameters other than the SDK's {@code x-id} select another operation (multipart, ACL, tagging...). */
    private static boolean hasSubresource(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("x-id=")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> requestIds(String requestId) {
        return Map.of("x-amz-request-id", requestId, "x-amz-id-2", hostId(requestId));
    }

    private static String hostId(String requestId) {
        return UUID.nameUUIDFromBytes(requestId.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

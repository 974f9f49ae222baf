package io.orgaudit.simulator.protocol;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 as the SDK signs (header form, AWS4-HMAC-SHA256): parses the Authorization
 * header for routing (access key, region, service) and recomputes the signature with the issued secret.
 */
public record SigV4(String accessKeyId, String date, String region, String service, List<String> signedHeaders, String signature) {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_CACHED_KEYS = 50_000;
    private static final Map<String, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();
    /** Looking up a digest or MAC in the security providers costs more than using one; one of each per thread. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    public static Optional<SigV4> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = AUTHORIZATION.matcher(authorization.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4(m.group(1), m.group(2), m.group(3), m.group(4), List.of(m.group(5).split(";")), m.group(6)));
    }

    public boolean verify(String secretAccessKey, String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        String amzDate = headers.getFirst("X-Amz-Date");
        if (amzDate == null || !amzDate.startsWith(date)) {
            return false;
        }
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String payloadHash = Optional.ofNullable(headers.getFirst("X-Amz-Content-Sha256")).orElse(sha256Hex(body));
        String canonicalRequest = method + "\n" + (service.equals("s3") ? s3CanonicalUri(rawPath) : canonicalUri(rawPath)) + "\n" + canonicalQuery(rawQuery) + "\n"
                + canonicalHeaders(headers) + "\n" + String.join(";", signedHeaders) + "\n" + payloadHash;
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String expected = HEX.formatHex(hmac(signingKey(secretAccessKey), stringToSign));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The key derived from the secret for this day, region and service: four HMACs that every request of a caller
     * in a region would repeat, so they are kept (a benchmark's thousand calls a second would spend a good part of
     * the simulator's time on them). Cleared when it grows large; it is only a cache.
     */
    private byte[] signingKey(String secretAccessKey) {
        String cacheKey = secretAccessKey + "/" + date + "/" + region + "/" + service;
        byte[] key = SIGNING_KEYS.get(cacheKey);
        if (key == null) {
            key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), date);
            key = hmac(key, region);
            key = hmac(key, service);
            key = hmac(key, "aws4_request");
            if (SIGNING_KEYS.size() >= MAX_CACHED_KEYS) {
                SIGNING_KEYS.clear();
            }
            SIGNING_KEYS.put(cacheKey, key);
        }
        return key;
    }

    private String canonicalHeaders(Headers headers) {
        StringBuilder canonical = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = Optional.ofNullable(headers.get(name)).orElse(List.of());
            List<String> trimmed = values.stream().map(v -> WHITESPACE.matcher(v.trim()).replaceAll(" ")).toList();
            canonical.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return canonical.toString();
    }

    /** S3 signs the path as sent, encoded once (no second encoding, no normalisation). */
    private static String s3CanonicalUri(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    }

    /** Non-S3 services sign the already-encoded path encoded once more, segment by segment. */
    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String[] segments = rawPath.split("/", -1);
        List<String> encoded = new ArrayList<>();
        Arrays.stream(segments).forEach(segment -> encoded.add(uriEncode(segment)));
        return String.join("/", encoded);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(new String[] {uriEncode(key), uriEncode(value)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
    }

    private static String uriEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX.withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static String sha256Hex(byte[] data) {
        return HEX.formatHex(SHA256.get().digest(data));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = HMAC_SHA256.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.orgaudit.simulator.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes the {@code aws-chunked} content encoding the SDK uses for S3 uploads with a trailing checksum:
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<bytes>\r\n ... 0[;...]\r\n<trailer>:<value>\r\n...\r\n}.
 * Chunk and trailer signatures are not verified (the request's own SigV4 signature is); the checksum trailer is,
 * by the caller, against the decoded bytes.
 */
final class AwsChunked {

    record Decoded(byte[] content, Map<String, String> trailers) {
    }

    private final byte[] body;
    private int position;

    private AwsChunked(byte[] body) {
        this.body = body;
    }

    static Decoded decode(byte[] body) {
        return new AwsChunked(body).decode();
    }

    private Decoded decode() {
        ByteArrayOutputStream content = new ByteArrayOutputStream(body.length);
        while (true) {
            String header = line();
            int size = chunkSize(header);
            if (size == 0) {
                break;
            }
            if (position + size > body.length) {
                throw malformed("a chunk of " + size + " bytes runs past the end of the body");
            }
            content.write(body, position, size);
            position += size;
            if (!line().isEmpty()) {
                throw malformed("a chunk is not followed by CRLF");
            }
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        while (position < body.length) {
            String trailer = line();
            if (trailer.isEmpty()) {
                break;
            }
            int colon = trailer.indexOf(':');
            if (colon <= 0) {
                throw malformed("trailer '" + trailer + "' is not name:value");
            }
            trailers.put(trailer.substring(0, colon).trim().toLowerCase(), trailer.substring(colon + 1).trim());
        }
        return new Decoded(content.toByteArray(), trailers);
    }

    private static int chunkSize(String header) {
        String hex = header.contains(";") ? header.substring(0, header.indexOf(';')) : header;
        try {
            return Integer.parseInt(hex.trim(), 16);
        } catch (NumberFormatException e) {
            throw malformed("'" + header + "' is not a chunk header");
        }
    }

    /** The next line without its CRLF (a last line may lack it). */
    private String line() {
        int start = position;
        while (position < body.length && !(body[position] == '\r' && position + 1 < body.length && body[position + 1] == '\n')) {
            position++;
        }
        String line = new String(body, start, position - start, StandardCharsets.US_ASCII);
        position = Math.min(body.length, position + 2);
        return line;
    }

    private static AwsServiceError malformed(String detail) {
        return new AwsServiceError(400, "IncompleteBody", "The aws-chunked request body is malformed: " + detail);
    }
}

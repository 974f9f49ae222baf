package io.orgaudit.simulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The aws-chunked body encoding the SDK uses for S3 uploads: chunks, signatures, trailers and broken framing. */
class AwsChunkedTest {

    @Test
    void decodesAwsChunkedBodiesWithSignaturesAndTrailers() {
        String body = "5;chunk-signature=ab12\r\nhello\r\n6;chunk-signature=cd34\r\n world\r\n0;chunk-signature=ef56\r\n"
                + "x-amz-checksum-crc32:DUoRhQ==\r\nx-amz-trailer-signature:0123\r\n\r\n";

        AwsChunked.Decoded decoded = AwsChunked.decode(body.getBytes(StandardCharsets.US_ASCII));

        assertThat(new String(decoded.content(), StandardCharsets.US_ASCII)).isEqualTo("hello world");
        assertThat(decoded.trailers()).containsEntry("x-amz-checksum-crc32", "DUoRhQ==");
        assertThat(new String(AwsChunked.decode("3\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).content(),
                StandardCharsets.US_ASCII)).as("unsigned chunks").isEqualTo("abc");
        assertThatThrownBy(() -> AwsChunked.decode("9;chunk-signature=x\r\nshort\r\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> AwsChunked.decode("zz\r\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("is not a chunk header");
    }
}

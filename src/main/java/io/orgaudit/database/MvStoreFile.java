package io.orgaudit.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.DataUtils;

/**
 * The chunk structure of an H2 MVStore file ({@code .mv.db}) as it lies on disk, read with a read-only channel and
 * none of H2's recovery logic: H2 itself skips a chunk it cannot verify and opens the store at an older one, so
 * what it drops has to be found by reading the file independently.
 *
 * <p>The layout (H2 2.x, format 3): two copies of a store header in blocks 0 and 1 (4 KiB each), each one line of
 * {@code key:hex} pairs ending in a Fletcher-32 checksum; then chunks, each starting on a block boundary with a
 * header line ({@code chunk:id,len:blocks,...,version:v,...}) and ending, in the last 128 bytes of its last block,
 * with a checksummed footer ({@code chunk:id,len:blocks,version:v,fletcher:x}). Page contents carry no checksum.
 */
final class MvStoreFile {

    static final int BLOCK_SIZE = 4096;
    private static final int FOOTER_LENGTH = 128;
    private static final int MAX_HEADER_LENGTH = 1024;
    private static final int WINDOW_BLOCKS = 256;
    private static final byte[] CHUNK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);

    /** A chunk header found at a block; {@code footer} is what the last 128 bytes of its extent hold. */
    record Chunk(int id, long block, long blocks, long version, byte[] footer) {

        boolean complete() {
            Map<String, String> parsed = checksummed(footer);
            return parsed != null && hex(parsed, "chunk") == id && hex(parsed, "len") == blocks
                    && hex(parsed, "version") == version;
        }

        /**
         * The footer is not what H2 wrote but differs from it in a few bytes only: a flipped bit or a scratched
         * sector, never a write a kill cut short (that leaves the footer's block with older contents or beyond
         * the end of the file).
         */
        boolean footerDamaged() {
            byte[] expected = expectedFooter(id, blocks, version);
            int differing = 0;
            for (int i = 0; i < FOOTER_LENGTH; i++) {
                if (footer.length <= i || footer[i] != expected[i]) {
                    differing++;
                }
            }
            return differing > 0 && differing <= 16 && !complete();
        }
    }

    final long size;
    final boolean[] headerCopyValid = new boolean[2];
    /** The newest chunk version either store header copy names, or -1 when they name none (after a kill). */
    final long versionNamedByHeader;
    final List<Chunk> chunks = new ArrayList<>();
    /** Versions of valid, checksummed chunk footers, wherever they are (also those whose header is damaged). */
    final List<Long> footerVersions = new ArrayList<>();

    private MvStoreFile(long size, long versionNamedByHeader) {
        this.size = size;
        this.versionNamedByHeader = versionNamedByHeader;
    }

    static MvStoreFile read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long named = -1;
            boolean[] valid = new boolean[2];
            for (int copy = 0; copy < 2; copy++) {
                Map<String, String> header = checksummed(read(channel, (long) copy * BLOCK_SIZE, BLOCK_SIZE));
                valid[copy] = header != null;
                if (header != null && header.containsKey("version")) {
                    named = Math.max(named, hex(header, "version"));
                }
            }
            MvStoreFile result = new MvStoreFile(size, named);
            System.arraycopy(valid, 0, result.headerCopyValid, 0, 2);
            result.scanChunks(channel);
            return result;
        }
    }

    long newestCompleteVersion() {
        return chunks.stream().filter(Chunk::complete).mapToLong(Chunk::version).max().orElse(-1);
    }

    boolean hasCompleteChunk(int id, long block) {
        return chunks.stream().anyMatch(c -> c.id() == id && c.block() == block && c.complete());
    }

    /** Reads the file once, front to back, in large windows: every block may start a chunk or end one. */
    private void scanChunks(FileChannel channel) throws IOException {
        long blocks = size / BLOCK_SIZE;
        for (long first = 2; first < blocks; first += WINDOW_BLOCKS) {
            int count = (int) Math.min(WINDOW_BLOCKS, blocks - first);
            byte[] window = read(channel, first * BLOCK_SIZE, count * BLOCK_SIZE);
            for (int i = 0; i < count; i++) {
                int end = (i + 1) * BLOCK_SIZE;
                if (startsWithChunk(window, end - FOOTER_LENGTH)) {
                    Map<String, String> footer = checksummed(Arrays.copyOfRange(window, end - FOOTER_LENGTH, end));
                    if (footer != null && footer.containsKey("version")) {
                        footerVersions.add(hex(footer, "version"));
                    }
                }
                if (startsWithChunk(window, i * BLOCK_SIZE)) {
                    Chunk chunk = chunkHeader(channel, first + i,
                            Arrays.copyOfRange(window, i * BLOCK_SIZE, i * BLOCK_SIZE + MAX_HEADER_LENGTH));
                    if (chunk != null) {
                        chunks.add(chunk);
                    }
                }
            }
        }
    }

    private static boolean startsWithChunk(byte[] bytes, int offset) {
        for (int i = 0; i < CHUNK.length; i++) {
            if (offset + i >= bytes.length || bytes[offset + i] != CHUNK[i]) {
                return false;
            }
        }
        return true;
    }

    private Chunk chunkHeader(FileChannel channel, long block, byte[] bytes) throws IOException {
        try {
            Map<String, String> header = DataUtils.parseMap(line(bytes));
            if (header.containsKey("block") && hex(header, "block") != block) {
                return null;
            }
            int id = (int) hex(header, "chunk");
            long length = hex(header, "len");
            long version = hex(header, "version");
            byte[] footer = length <= 0 ? new byte[0]
                    : read(channel, (block + length) * BLOCK_SIZE - FOOTER_LENGTH, FOOTER_LENGTH);
            return new Chunk(id, block, length, version, footer);
        } catch (RuntimeException notAHeader) {
            return null; // page data that happens to start with "chunk:", or a damaged header
        }
    }

    /** H2's footer for a chunk: its fields, their Fletcher-32, padded with spaces and ending in a newline. */
    static byte[] expectedFooter(int id, long blocks, long version) {
        String fields = "chunk:" + Integer.toHexString(id) + ",len:" + Long.toHexString(blocks)
                + ",version:" + Long.toHexString(version);
        byte[] data = fields.getBytes(StandardCharsets.ISO_8859_1);
        String text = fields + ",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(data, 0, data.length));
        byte[] footer = new byte[FOOTER_LENGTH];
        Arrays.fill(footer, (byte) ' ');
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, footer, 0, Math.min(bytes.length, FOOTER_LENGTH - 1));
        footer[FOOTER_LENGTH - 1] = '\n';
        return footer;
    }

    /** A {@code key:value,...,fletcher:x} line whose checksum holds, or null. */
    static Map<String, String> checksummed(byte[] bytes) {
        String line = line(bytes);
        int at = line.lastIndexOf(",fletcher:");
        if (at < 0) {
            return null;
        }
        try {
            byte[] data = line.substring(0, at).getBytes(StandardCharsets.ISO_8859_1);
            int stored = (int) Long.parseLong(line.substring(at + ",fletcher:".length()), 16);
            return DataUtils.getFletcher32(data, 0, data.length) == stored ? DataUtils.parseMap(line.substring(0, at)) : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static String line(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1).trim();
    }

    private static long hex(Map<String, String> map, String key) {
        return Long.parseLong(map.get(key), 16);
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // a short read at the end of the file leaves the rest unread
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }
}

package io.orgaudit.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Decides, without writing a byte, whether an existing H2 file is sound enough to open. H2 opening it for writing
 * would "repair" what it can: start a new store in an empty file, fall back to an older chunk when the newest does
 * not verify (losing what was committed in it), or rewrite a damaged header copy. Each of those changes the file,
 * so each is refused here, before H2 sees the file.
 *
 * <p>What a killed orgaudit leaves is not damage and must open: H2 writes each chunk in one call, header first,
 * footer last, and names a chunk in the store header only after writing it, so a kill can leave a newest chunk
 * whose footer block still holds older bytes or lies beyond the end of the file. H2 rolls that chunk back; nothing
 * in it was ever complete on disk.
 */
final class DatabaseFileCheck {

    private static final String NOT_H2 = "it is not an H2 database, or both copies of its store header are damaged";

    private DatabaseFileCheck() {
    }

    /** What is wrong with the file, or empty when it is sound (or held by another process: H2 says so itself). */
    static Optional<String> problem(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return Optional.of("it is empty (0 bytes), and H2 would start a new database in it");
        }
        if (size < 2L * MvStoreFile.BLOCK_SIZE || size % MvStoreFile.BLOCK_SIZE != 0) {
            // H2 only ever writes whole 4 KiB blocks, and a cut-short write stops at a block boundary too.
            return Optional.of(headerProblem(MvStoreFile.read(file)).filter(p -> p.equals(NOT_H2))
                    .orElse("it is truncated (" + size + " bytes, not a whole number of H2's 4 KiB blocks)"));
        }
        // H2's read-only store opens the file with a read-only channel: it cannot write. It is kept open while the
        // file is read below, so its shared lock keeps any writer out of the file meanwhile.
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return problem(MvStoreFile.read(file), store.getCurrentVersion(), store.getLayoutMap());
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Optional.empty(); // in use by another process: H2 itself says so, with exit code 4
            }
            return Optional.of(headerProblem(MvStoreFile.read(file))
                    .orElse("H2 cannot read it (" + e.getMessage().lines().findFirst().orElse("") + ")"));
        } catch (RuntimeException e) {
            return Optional.of("H2 cannot read it (" + e + ")");
        }
    }

    private static Optional<String> problem(MvStoreFile onDisk, long opened, Map<String, String> layout) {
        return headerProblem(onDisk).or(() -> droppedChunk(onDisk, opened)).or(() -> unreadableLiveChunk(onDisk, layout));
    }

    private static Optional<String> headerProblem(MvStoreFile onDisk) {
        if (!onDisk.headerCopyValid[0] && !onDisk.headerCopyValid[1]) {
            return Optional.of(NOT_H2);
        }
        if (!onDisk.headerCopyValid[0] || !onDisk.headerCopyValid[1]) {
            // H2 writes both copies whole, and a cut-short write keeps whole blocks: only damage breaks one.
            return Optional.of("copy " + (onDisk.headerCopyValid[0] ? 2 : 1) + " of its store header fails its checksum");
        }
        return Optional.empty();
    }

    /** H2 would open an older version than one the file holds complete (or nearly so): committed data lost. */
    private static Optional<String> droppedChunk(MvStoreFile onDisk, long opened) {
        long complete = onDisk.newestCompleteVersion();
        if (complete > opened) {
            return Optional.of(lost(opened, complete, "whose contents H2 cannot read"));
        }
        if (onDisk.versionNamedByHeader > opened) {
            return Optional.of(lost(opened, onDisk.versionNamedByHeader, "which its store header names"));
        }
        long footer = onDisk.footerVersions.stream().mapToLong(Long::longValue).max().orElse(-1);
        if (footer > opened) {
            return Optional.of(lost(opened, footer, "whose header is damaged"));
        }
        return onDisk.chunks.stream().filter(c -> c.version() > opened && c.footerDamaged()).findFirst()
                .map(c -> lost(opened, c.version(), "whose footer is damaged"));
    }

    /** A chunk that still holds live pages must be intact, or reading those pages fails in the middle of a run. */
    private static Optional<String> unreadableLiveChunk(MvStoreFile onDisk, Map<String, String> layout) {
        for (Map.Entry<String, String> entry : layout.entrySet()) {
            if (!entry.getKey().startsWith("chunk.")) {
                continue;
            }
            Map<String, String> chunk = DataUtils.parseMap(entry.getValue());
            boolean live = !"0".equals(chunk.get("livePages"));
            int id = DataUtils.parseHexInt(chunk.get("chunk"));
            long block = DataUtils.parseHexLong(chunk.get("block"));
            if (live && block > 0 && !onDisk.hasCompleteChunk(id, block)) {
                return Optional.of("chunk " + id + ", which still holds data, is damaged or missing (it should be at block "
                        + block + ")");
            }
        }
        return Optional.empty();
    }

    private static String lost(long opened, long newer, String why) {
        return "H2 would silently fall back to version " + opened + " and drop version " + newer + ", " + why;
    }
}

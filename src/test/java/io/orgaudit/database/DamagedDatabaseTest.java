package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.OrgauditApplication;
import io.orgaudit.launch.ScanLauncher;
import io.orgaudit.launch.ScanResult;
import io.orgaudit.launch.StartupFailures;
import io.orgaudit.settings.InvalidSettingsException;

/**
 * A damaged H2 file stops orgaudit with one problem naming spring.datasource.url, exit code 2, and the file exactly
 * as it was; what a killed run leaves still opens. The damage is done to a real orgaudit database (two demo scans).
 */
class DamagedDatabaseTest {

    @TempDir
    static Path shared;
    /** An orgaudit database after two demo scans, closed cleanly. */
    static byte[] scanned;
    /** The same database as a SIGKILL after the second scan leaves it: copied while orgaudit has it open. */
    static byte[] killed;

    @TempDir
    Path dir;

    @BeforeAll
    static void scanTheDemoOrganization() throws Exception {
        Path base = shared.resolve("base/orgaudit");
        try (ConfigurableApplicationContext context = start(base, shared.resolve("reports"), "--orgaudit.run-on-startup=false")) {
            ScanLauncher launcher = context.getBean(ScanLauncher.class);
            launcher.scan();
            launcher.scan();
            killed = Files.readAllBytes(file(base));
        }
        scanned = Files.readAllBytes(file(base));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefusedUnchanged(new byte[0], "is damaged: it is empty (0 bytes)");
    }

    @ParameterizedTest(name = "cut at {0}")
    @ValueSource(ints = {100, 4096, 5000, 8192, 12_345, -1000, -4096, -128})
    void aTruncatedFileIsRefused(int cut) throws Exception {
        int at = cut < 0 ? scanned.length + cut : cut;
        assertRefusedUnchanged(Arrays.copyOf(scanned, at), "is damaged: ");
    }

    @Test
    void aFileCutInHalfAtABlockBoundaryIsRefused() throws Exception {
        // Whole blocks, like a copy that ran out of space: the store header still names the chunks that are gone.
        assertRefusedUnchanged(Arrays.copyOf(scanned, scanned.length / 2 / 4096 * 4096), "is damaged: ");
    }

    @ParameterizedTest(name = "flipped at {0}")
    @ValueSource(ints = {10, 4096 + 10})
    void aFlippedByteInEitherStoreHeaderCopyIsRefused(int position) throws Exception {
        assertRefusedUnchanged(flipped(scanned, position), "of its store header fails its checksum");
    }

    @Test
    void aFlippedByteInTheNewestChunksHeaderIsRefused() throws Exception {
        MvStoreFile.Chunk newest = newestChunk(scanned);
        assertRefusedUnchanged(flipped(scanned, (int) (newest.block() * 4096 + 8)), "H2 would silently fall back to version");
    }

    @ParameterizedTest(name = "{0} bytes before the end of the chunk")
    @ValueSource(ints = {60, 100})
    void aFlippedByteInTheNewestChunksFooterIsRefused(int fromEnd) throws Exception {
        // This is how a scan ran on main: H2 dropped the newest chunk, and what it held, without a word.
        MvStoreFile.Chunk newest = newestChunk(scanned);
        long end = (newest.block() + newest.blocks()) * 4096;
        assertRefusedUnchanged(flipped(scanned, (int) (end - fromEnd)), "H2 would silently fall back to version");
    }

    @Test
    void aFlippedByteNearTheEndOfTheFileIsRefused() throws Exception {
        assertRefusedUnchanged(flipped(scanned, scanned.length - 60), "is damaged: ");
    }

    @Test
    void aFlippedByteInTheFullestChunkIsRefused() throws Exception {
        Map<String, String> fullest = fullestChunk(write(dir.resolve("probe/orgaudit"), scanned));
        long block = Long.parseLong(fullest.get("block"), 16);
        long end = (block + Long.parseLong(fullest.get("len"), 16)) * 4096;
        // Which check notices first depends on the chunks' layout, which a run's commit timing varies: the fullest
        // chunk may be the newest (H2 would fall back to the version before it) or an older one (H2's recovery finds
        // no valid set of chunks, or orgaudit's check of the chunks that hold data does).
        Throwable failure = refusedUnchanged(flipped(scanned, (int) (end - 100)));
        assertThat(failure.getMessage()).contains("spring.datasource.url: the database file ")
                .containsAnyOf("which still holds data, is damaged or missing (it should be at block " + block + ")",
                        "H2 cannot read it (File is corrupted - unable to recover a valid set of chunks",
                        "H2 would silently fall back to version ");
    }

    @Test
    void aFlippedByteInTheStoredSchemaIsRefused() throws Exception {
        // Chunk headers and footers are intact: only H2 replaying its stored CREATE statements notices, and a
        // read-write open that fails there has already rewritten part of the file. Every copy is flipped, so the
        // one in the live chunk is too.
        byte[] damaged = scanned.clone();
        byte[] ddl = "CREATE CACHED TABLE \"PUBLIC\".\"SCAN_RUN\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int copies = 0;
        for (int i = 0; i + ddl.length <= damaged.length; i++) {
            if (Arrays.equals(damaged, i, i + ddl.length, ddl, 0, ddl.length)) {
                damaged[i] ^= 0x01; // CREATE -> BREATE
                copies++;
            }
        }
        assertThat(copies).isPositive();
        assertRefusedUnchanged(damaged, "is damaged: its stored schema cannot be read (Syntax error");
    }

    @Test
    void footersAreReconstructedExactlyAsH2WritesThem() throws Exception {
        // The check tells a scratched footer from an unwritten one by comparing it with this reconstruction.
        MvStoreFile onDisk = MvStoreFile.read(write(dir.resolve("probe/orgaudit"), scanned));
        assertThat(onDisk.chunks.stream().filter(MvStoreFile.Chunk::complete)).hasSizeGreaterThan(3)
                .allSatisfy(c -> assertThat(c.footer()).isEqualTo(MvStoreFile.expectedFooter(c.id(), c.blocks(), c.version())));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {300_000, 1024 * 1024})
    void randomBytesAreRefused(int length) throws Exception {
        byte[] garbage = new byte[length];
        new Random(length).nextBytes(garbage);
        assertRefusedUnchanged(garbage, "is damaged: ");
    }

    @Test
    void textIsNotAnH2Database() throws Exception {
        assertRefusedUnchanged("orgaudit keeps its runs here\n".repeat(500).getBytes(),
                "is damaged: it is not an H2 database, or both copies of its store header are damaged");
    }

    @Test
    void theRefusalSaysHowToRecoverAndIsAConfigurationError() throws Exception {
        Path db = dir.resolve("db/orgaudit");
        Throwable failure = runOn(db, write(db, new byte[0]));
        assertThat(StartupFailures.exitCode(failure)).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(failure.getMessage()).contains("; it was not opened and is unchanged. Move it aside (mv ")
                .contains("org.h2.tools.Recover -dir " + db.getParent() + " -db orgaudit");
        assertThat(((InvalidSettingsException) failure).getMessage().lines().count()).isEqualTo(1); // one line
    }

    @Test
    void whatAKillLeavesOpensWithItsRuns() throws Exception {
        Path db = dir.resolve("db/orgaudit");
        write(db, killed);
        assertThat(DatabaseFileCheck.problem(file(db))).isEmpty();
        assertThat(runsRecorded(db)).isEqualTo(2);
    }

    @Test
    void aNewestChunkAKillToreOpens() throws Exception {
        // H2 writes a chunk header first and footer last, and names a chunk in the store header only later: a kill
        // can leave the newest chunk's last block unwritten (older bytes there). H2 rolls back to the chunk before.
        Path db = dir.resolve("db/orgaudit");
        MvStoreFile onDisk = MvStoreFile.read(write(db, killed));
        MvStoreFile.Chunk newest = newestChunk(killed);
        assertThat(onDisk.versionNamedByHeader).isLessThan(newest.version());
        byte[] torn = killed.clone();
        int lastBlock = (int) ((newest.block() + newest.blocks() - 1) * 4096);
        Arrays.fill(torn, lastBlock, lastBlock + 4096, (byte) 0);
        write(db, torn);
        assertThat(DatabaseFileCheck.problem(file(db))).isEmpty();
        if (newest.block() + newest.blocks() == killed.length / 4096) {
            write(db, Arrays.copyOf(killed, lastBlock)); // appended at the end: the file stops where the write did
            assertThat(DatabaseFileCheck.problem(file(db))).isEmpty();
        }
        assertThat(runsRecorded(db)).isPositive();
    }

    @Test
    void anotherApplicationsH2DatabaseIsUsedAndKeepsItsTables() throws Exception {
        // Not damage: orgaudit creates its tables beside what is there (IF NOT EXISTS), as it does in a new file.
        Path db = dir.resolve("db/other");
        String url = "jdbc:h2:file:" + db;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE inventory(id INT PRIMARY KEY, name VARCHAR(40))");
            connection.createStatement().execute("INSERT INTO inventory VALUES (1, 'kept')");
        }
        assertThat(runsRecorded(db)).isZero();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM inventory")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    // --- helpers

    /** Starts orgaudit on the file (schema scripts and Spring Batch included) and counts the runs it holds. */
    private long runsRecorded(Path db) {
        try (ConfigurableApplicationContext context = start(db, dir.resolve("reports"), "--orgaudit.run-on-startup=false")) {
            Long runs = new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM scan_run", Long.class);
            return runs == null ? 0 : runs;
        }
    }

    private MvStoreFile.Chunk newestChunk(byte[] contents) throws Exception {
        MvStoreFile onDisk = MvStoreFile.read(write(dir.resolve("probe/orgaudit"), contents));
        return onDisk.chunks.stream().filter(MvStoreFile.Chunk::complete)
                .max(Comparator.comparingLong(MvStoreFile.Chunk::version)).orElseThrow();
    }

    /** The layout entry of the chunk with the most live pages. */
    private static Map<String, String> fullestChunk(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return store.getLayoutMap().entrySet().stream().filter(e -> e.getKey().startsWith("chunk."))
                    .map(e -> (Map<String, String>) DataUtils.parseMap(e.getValue()))
                    .max(Comparator.comparingLong(c -> Long.parseLong(c.get("livePages"), 16))).orElseThrow();
        }
    }

    private void assertRefusedUnchanged(byte[] contents, String expected) throws Exception {
        Throwable failure = refusedUnchanged(contents);
        assertThat(failure.getMessage()).contains("spring.datasource.url: the database file ").contains(expected);
    }

    private Throwable refusedUnchanged(byte[] contents) throws Exception {
        Path db = dir.resolve("db/orgaudit");
        Path file = write(db, contents);
        Throwable failure = runOn(db, file);
        assertThat(failure).isInstanceOf(InvalidSettingsException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(contents);
        try (var others = Files.list(file.getParent())) {
            assertThat(others).containsExactly(file); // no lock, trace or temporary file either
        }
        return failure;
    }

    private Throwable runOn(Path db, Path file) {
        return catchThrowable(() -> start(db, dir.resolve("reports")).close());
    }

    static ConfigurableApplicationContext start(Path db, Path reports, String... more) {
        // The chunk layout the damage cases are placed in is that of a demo run of the seed rule over the demo's
        // accounts before the family's showcase account (444444444415) was added.
        String[] arguments = new String[more.length + 4];
        arguments[0] = "--spring.datasource.url=jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE";
        arguments[1] = "--orgaudit.output.directory=" + reports;
        arguments[2] = "--orgaudit.rules=D9.AWS.MON.01";
        arguments[3] = "--orgaudit.accounts.exclude=444444444415";
        System.arraycopy(more, 0, arguments, 4, more.length);
        return new SpringApplicationBuilder(OrgauditApplication.class).run(arguments);
    }

    static Path file(Path db) {
        return Path.of(db + ".mv.db");
    }

    private static Path write(Path db, byte[] contents) throws Exception {
        Files.createDirectories(db.getParent());
        return Files.write(file(db), contents);
    }

    private static byte[] flipped(byte[] contents, int position) {
        byte[] copy = contents.clone();
        copy[position] ^= 0x01;
        return copy;
    }

}

package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * An H2 file database is opened without the background writer and with one engine call at a time, so a kill never
 * leaves a transaction half written (see {@link H2CrashSafety}); other databases are left as they are.
 */
public class OneStatementAtATimeTest {

    private static final AtomicInteger inEngine = new AtomicInteger();
    private static final AtomicInteger mostAtOnce = new AtomicInteger();

    @TempDir
    Path dir;

    /** Called by H2 inside a statement: counts how many statements are in the engine at once. */
    public static int inEngine(int millis) throws InterruptedException {
        mostAtOnce.accumulateAndGet(inEngine.incrementAndGet(), Math::max);
        try {
            Thread.sleep(millis);
        } finally {
            inEngine.decrementAndGet();
        }
        return 1;
    }

    private DataSource h2File(boolean safe) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("db/orgaudit") + ";WRITE_DELAY=500;DB_CLOSE_ON_EXIT=FALSE");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(8);
        if (!safe) {
            return pool;
        }
        return (DataSource) new H2CrashSafety().postProcessBeforeInitialization(pool, "ds");
    }

    /** Hikari waits this long at shutdown for a connection still being opened; 0 made every short run warn. */
    @Test
    void thePoolGetsALoginTimeoutToWaitForAConnectionBeingOpened() throws Exception {
        HikariDataSource pool = (HikariDataSource) h2File(true);
        try (Connection connection = pool.getConnection()) {
            assertThat(pool.getDataSource().getLoginTimeout()).isEqualTo(30);
        } finally {
            pool.close();
        }
    }

    @Test
    void anH2FileIsWrittenWhenEachTransactionEndsNotInTheBackground() throws Exception {
        DataSource source = h2File(true);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet delay = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(delay.next()).isTrue();
            assertThat(delay.getString(1)).isEqualTo("0");
        } finally {
            ((AutoCloseable) source).close();
        }
    }

    @Test
    void statementsOfDifferentConnectionsEnterTheEngineOneAtATime() throws Exception {
        assertThat(mostAtOnce(h2File(false))).as("without the wrapper, statements overlap").isGreaterThan(1);
        assertThat(mostAtOnce(h2File(true))).isEqualTo(1);
    }

    private int mostAtOnce(DataSource source) throws Exception {
        try {
            try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE ALIAS IF NOT EXISTS IN_ENGINE FOR \"" + getClass().getName() + ".inEngine\"");
            }
            mostAtOnce.set(0);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(threads.submit(() -> {
                    try (Connection connection = source.getConnection()) {
                        connection.setAutoCommit(false);
                        start.await();
                        try (Statement statement = connection.createStatement()) {
                            statement.executeQuery("SELECT IN_ENGINE(200)").close();
                        }
                        connection.commit();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
            return mostAtOnce.get();
        } finally {
            ((AutoCloseable) source).close();
        }
    }

    /**
     * A statement that meets a row another open transaction holds does not keep the turn while it waits, or the
     * holder could never commit: it waits as long as H2 would, then goes on once the holder has committed.
     */
    @Test
    void aStatementWaitingForARowLetsItsHolderCommit() throws Exception {
        DataSource source = h2File(true);
        try {
            try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE account (id INT PRIMARY KEY, state VARCHAR(16))");
                statement.execute("INSERT INTO account VALUES (1, 'PENDING')");
            }
            try (Connection holder = source.getConnection()) {
                holder.setAutoCommit(false);
                holder.createStatement().executeUpdate("UPDATE account SET state = 'SCANNED' WHERE id = 1");
                ExecutorService other = Executors.newSingleThreadExecutor();
                Future<Integer> waiting = other.submit(() -> {
                    try (Connection connection = source.getConnection()) {
                        connection.setAutoCommit(false);
                        int updated = connection.createStatement().executeUpdate(
                                "UPDATE account SET state = state || '+listed' WHERE id = 1");
                        connection.commit();
                        return updated;
                    }
                });
                Thread.sleep(500); // far beyond the engine's own lock timeout
                holder.commit();
                assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(1);
                other.shutdown();
            }
            try (Connection connection = source.getConnection(); ResultSet state = connection.createStatement()
                    .executeQuery("SELECT state FROM account WHERE id = 1")) {
                assertThat(state.next()).isTrue();
                assertThat(state.getString(1)).isEqualTo("SCANNED+listed");
            }
        } finally {
            ((AutoCloseable) source).close();
        }
    }

    @Test
    void onlyH2FilesAreWrapped() {
        assertThat(H2FileUrl.databaseFile("jdbc:h2:file:./data/orgaudit;DB_CLOSE_ON_EXIT=FALSE")).isPresent();
        assertThat(H2FileUrl.databaseFile("jdbc:h2:./data/orgaudit")).isPresent();
        assertThat(H2FileUrl.databaseFile("jdbc:h2:mem:test")).isEmpty();
        assertThat(H2FileUrl.databaseFile("jdbc:postgresql://db:5432/orgaudit")).isEmpty();
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://db:5432/orgaudit");
        assertThat(new H2CrashSafety().postProcessBeforeInitialization(postgres, "ds")).isSameAs(postgres);
        assertThat(postgres.getDataSource()).isNull();
        assertThat(H2CrashSafety.withSafeWrites("jdbc:h2:file:x;write_delay=1000;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:x;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=10000;LOCK_TIMEOUT=50;WRITE_DELAY=0");
        assertThat(H2CrashSafety.withSafeWrites("jdbc:h2:file:x;MAX_COMPACT_TIME=500"))
                .isEqualTo("jdbc:h2:file:x;MAX_COMPACT_TIME=500;LOCK_TIMEOUT=50;WRITE_DELAY=0");
    }
}

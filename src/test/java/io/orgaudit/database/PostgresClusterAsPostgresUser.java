package io.orgaudit.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for a test JVM that runs as root, where PostgreSQL refuses to start (and so does the
 * embedded server): Debian's own server binaries ({@code /usr/lib/postgresql/N/bin}, the package {@code postgresql},
 * which {@code .ci/run} installs when missing) run as the unprivileged user {@code postgres} through {@code runuser},
 * with the data in a temporary folder, listening on a free loopback port, trust authentication, stopped by a
 * shutdown hook.
 */
final class PostgresClusterAsPostgresUser {

    private static final Path DEBIAN_SERVERS = Path.of("/usr/lib/postgresql");
    private static final String USER = "postgres";

    private final Path folder;
    private final Path bin;
    private final int port;

    private PostgresClusterAsPostgresUser(Path folder, Path bin, int port) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
    }

    /** Starts a new cluster and returns it; throws with the reason when this machine cannot. */
    static PostgresClusterAsPostgresUser start() throws IOException, InterruptedException {
        Path bin = newestServer();
        Path folder = Files.createTempDirectory("orgaudit-postgres-");
        run(List.of("chown", USER, folder.toString()));
        Path data = folder.resolve("data");
        run(asUser(bin.resolve("initdb"), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync"));
        int port = freePort();
        PostgresClusterAsPostgresUser cluster = new PostgresClusterAsPostgresUser(folder, bin, port);
        run(asUser(bin.resolve("pg_ctl"), "-D", data.toString(), "-l", folder.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder + " -c fsync=off", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres-test-cluster-stop"));
        return cluster;
    }

    int port() {
        return port;
    }

    String superuser() {
        return USER;
    }

    private void stop() {
        try {
            run(asUser(bin.resolve("pg_ctl"), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"));
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // the JVM is exiting; the temporary folder is all that may stay behind
        }
    }

    private static Path newestServer() throws IOException {
        if (!Files.isDirectory(DEBIAN_SERVERS)) {
            throw new IllegalStateException("no " + DEBIAN_SERVERS + " (install Debian's postgresql package)");
        }
        try (Stream<Path> versions = Files.list(DEBIAN_SERVERS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + DEBIAN_SERVERS));
        }
    }

    private static List<String> asUser(Path program, String... arguments) {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", USER, "--", program.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
    }
}

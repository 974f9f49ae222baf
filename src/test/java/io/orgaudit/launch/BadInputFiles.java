package io.orgaudit.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;

import io.orgaudit.database.NewerSchemaDatabase;

/** The files and servers the bad-input cases point orgaudit at. */
final class BadInputFiles {

    private static final String ACCOUNT = """
              - id: "111111111111"
                name: management
                email: m@example.com
            """;
    private static final String SCENARIO_HEAD = """
            organizationId: o-test1234567
            managementAccount: "111111111111"
            auditRole: OrgAuditReadOnly
            accounts:
            """;

    private BadInputFiles() {
    }

    /** An organization of one account, so the good run that fills the database takes a second, not the demo's time. */
    static String goodScenario(Path dir) throws IOException {
        return write(dir, "scenarios/good.yml", SCENARIO_HEAD.replace("accounts:", "defaultRegions: [us-east-1]\naccounts:")
                + ACCOUNT).toString();
    }

    static void writeInto(Path dir) throws IOException {
        write(dir, "jobs/lots.yml", "orgaudit:\n  source: demo\n  concurrency: lots\n");
        write(dir, "jobs/typo.yml", "orgaudit:\n  concurency: 8\n");
        write(dir, "jobs/broken.yml", "orgaudit:\n  rules: [D9.AWS.MON.01\n  profile: gsl\n");
        write(dir, "jobs/nested-typo.yml", "orgaudit:\n  aws:\n    region: us-east-1\n    max-attempt: 3\n");
        write(dir, "frameworks/acme.yaml", "name: ACME controls\nsource: ACME catalogue\ncontrols:\n"
                + "  - {id: ACME-1, rules: [D9.AWS.MON.01]}\n  - {id: ACME-9, rules: [D9.AWS.MON.1]}\n");
        write(dir, "exceptions/no-expiry.yaml", "exceptions:\n  - id: EX-7\n    accounts: [\"444444444401\"]\n"
                + "    rules: [D9.AWS.MON.01]\n    justification: Sandbox\n    approved-by: Jane Doe\n"
                + "    ticket: SEC-7\n");
        write(dir, "scenarios/broken.yml", "organizationId: [o-unclosed\n");
        write(dir, "scenarios/unknown-key.yml", SCENARIO_HEAD + ACCOUNT + "acounts: []\n");
        write(dir, "scenarios/duplicate-id.yml", SCENARIO_HEAD + ACCOUNT + ACCOUNT);
        write(dir, "scenarios/empty.yml", "");
        write(dir, "not-a-folder", "a file where the output folder should be");
        NewerSchemaDatabase.create(dir.resolve("newer/orgaudit"));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A loopback HTTP server that answers every request with this status and HTML body: not AWS. */
    static HttpServer answering(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (InputStream request = exchange.getRequestBody(); OutputStream response = exchange.getResponseBody()) {
                request.readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(status, bytes.length);
                response.write(bytes);
            }
        });
        server.start();
        return server;
    }
}

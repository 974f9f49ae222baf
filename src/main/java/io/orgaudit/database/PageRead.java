package io.orgaudit.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.h2.api.ErrorCode;

/**
 * Reads every row of every table through H2 opened read-only ({@code ACCESS_MODE_DATA=r}: its file channel cannot
 * write; no trace file). The chunk check sees only chunk headers and footers; a damaged page inside a chunk is
 * found by H2 only when it reads that page: at open for its stored schema (and a read-write open that fails there
 * has already changed the file), else in the middle of a run, after the run has written to the file. Only
 * corruption counts: any other failure (a password this check does not know, a database in use) is left to the
 * real open. A flipped byte inside a stored value stays invisible: H2 keeps no checksum of page contents.
 */
final class PageRead {

    private PageRead() {
    }

    static Optional<String> problem(Path file, String user, String password) {
        String name = file.toString().replaceFirst("\\.mv\\.db$", "");
        String url = "jdbc:h2:file:" + name + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            // At connect, H2 replays the schema it stored as SQL text: a syntax error there is a damaged catalog.
            boolean damaged = e.getSQLState() != null && e.getSQLState().startsWith("42") || corrupted(e);
            return damaged ? Optional.of("its stored schema cannot be read (" + firstLine(e) + ")") : Optional.empty();
        }
        try (connection; Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                readAll(statement, table);
            }
            return Optional.empty();
        } catch (SQLException e) {
            return corrupted(e) ? Optional.of("a page H2 needs cannot be read (" + firstLine(e) + ")") : Optional.empty();
        }
    }

    private static boolean corrupted(SQLException e) {
        return e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                || e.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && String.valueOf(e.getMessage()).contains("MVStoreException");
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_TYPE = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(quoted(rows.getString(1)) + "." + quoted(rows.getString(2)));
            }
        }
        return tables;
    }

    private static void readAll(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column); // LOBs are read only as far as their reference
                }
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

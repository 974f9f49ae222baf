package io.orgaudit.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, as text, to show that a run changed nothing collected. The run lock is
 * left out: taking and releasing it is bookkeeping, not collected data.
 */
final class DatabaseRows {

    private DatabaseRows() {
    }

    static Map<String, List<String>> of(String jdbcUrl) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            for (String table : tableNames(connection)) {
                if (!table.equalsIgnoreCase("SCAN_LOCK")) {
                    tables.put(table, rows(connection, table));
                }
            }
        }
        return tables;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }
}

package io.orgaudit.store;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.exceptions.RunExceptions;

/**
 * The exceptions each run was judged with (scan_exception), kept when the run starts so that its workbook, rebuilt
 * by a rerun or after a kill, shows the exceptions of its day rather than today's file.
 */
public class ExceptionStore {

    private final JsonMapper json = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public ExceptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the run's exceptions unless it has them already: a resumed or rerun run keeps those it started with.
     * Committed at once, with the run's row.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void keepFor(long runId, RunExceptions exceptions) {
        Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM scan_exception WHERE run_id = ?", Integer.class,
                runId);
        if (stored != null && stored > 0) {
            return;
        }
        List<ExceptionEntry> entries = exceptions.entries();
        jdbc.batchUpdate("INSERT INTO scan_exception (run_id, position, exception_id, expires, source_file, entry) "
                + "VALUES (?,?,?,?,?,?)", entries, entries.size(), (statement, entry) -> {
            statement.setLong(1, runId);
            statement.setInt(2, entries.indexOf(entry));
            statement.setString(3, entry.id());
            statement.setDate(4, Date.valueOf(entry.expires()));
            statement.setString(5, exceptions.source());
            statement.setString(6, json.writeValueAsString(entry));
        });
    }

    /** The run's exceptions in the file's order; none for a run that had no exceptions file. */
    public RunExceptions of(long runId) {
        List<String[]> rows = jdbc.query("SELECT source_file, entry FROM scan_exception WHERE run_id = ? "
                + "ORDER BY position", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, runId);
        if (rows.isEmpty()) {
            return RunExceptions.NONE;
        }
        return new RunExceptions(rows.get(0)[0],
                rows.stream().map(row -> json.readValue(row[1], ExceptionEntry.class)).toList());
    }
}

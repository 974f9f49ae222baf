package io.orgaudit.exceptions;

import java.util.List;

/**
 * The exceptions a run is judged with: the entries of the exceptions file as the run found it when it started.
 *
 * @param source the file they came from; empty when no exceptions file was set
 */
public record RunExceptions(String source, List<ExceptionEntry> entries) {

    public static final RunExceptions NONE = new RunExceptions("", List.of());

    public RunExceptions {
        source = source == null ? "" : source;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}

package io.orgaudit.simulator.scenario;

/** A scenario (YAML or builder) that cannot be used; the message starts with the field or path at fault. */
public final class ScenarioException extends IllegalArgumentException {

    private final String path;
    private final String problem;
    /** True once the path is complete from the document root (YAML); builder complaints are relative. */
    private final boolean located;

    public ScenarioException(String path, String problem) {
        this(path, problem, false, null);
    }

    ScenarioException(String path, String problem, Throwable cause) {
        this(path, problem, true, cause);
    }

    private ScenarioException(String path, String problem, boolean located, Throwable cause) {
        super(path.isEmpty() ? problem : path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
        this.located = located;
    }

    static ScenarioException located(String path, String problem) {
        return new ScenarioException(path, problem, true, null);
    }

    /** The field or path at fault, e.g. {@code accounts[3].trails[0].homeRegion}. */
    public String path() {
        return path;
    }

    boolean located() {
        return located;
    }

    /** The same problem located under a parent path (used while walking YAML). */
    ScenarioException under(String parent) {
        if (located) {
            return this;
        }
        String joined = path.isEmpty() ? parent : parent + "." + path;
        return new ScenarioException(joined, problem, true, getCause());
    }
}

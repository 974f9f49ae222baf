package io.orgaudit.database;

import java.nio.file.Path;

/** What an operator can do with a damaged H2 file: keep it, start afresh, and salvage what H2 can still read. */
final class Recovery {

    private Recovery() {
    }

    static String advice(Path file) {
        Path folder = file.getParent();
        String name = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return "Move it aside (mv " + file + " " + file + ".damaged) and run again to start a new database, or point "
                + DatabaseFileGuard.URL_SETTING + " at another file; to salvage what H2 can still read: java -cp h2-"
                + org.h2.engine.Constants.VERSION + ".jar org.h2.tools.Recover -dir " + folder + " -db " + name
                + " (writes " + name + ".h2.sql beside it, which org.h2.tools.RunScript loads into a new database)";
    }
}

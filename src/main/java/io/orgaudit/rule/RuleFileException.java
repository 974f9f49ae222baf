package io.orgaudit.rule;

/** A rule file that cannot be used; the message names the file and the field. */
public final class RuleFileException extends RuntimeException {
    RuleFileException(String file, String problem, Throwable cause) {
        super("rule file " + file + ": " + problem, cause);
    }
}

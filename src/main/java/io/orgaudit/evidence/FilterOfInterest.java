package io.orgaudit.evidence;

/** Tells the collector which metric filter patterns some rule asks for, so it follows only those to alarms. */
@FunctionalInterface
public interface FilterOfInterest {
    boolean test(String filterPattern);
}

package io.orgaudit.evidence;

import java.util.List;

/**
 * Tells the collector which metric filter patterns some rule asks for, so it follows only those to alarms, and
 * whether a log group's filters leave a rule without one, so it looks at the region's other log groups.
 */
public interface FilterOfInterest {

    boolean test(String filterPattern);

    /** Whether some selected rule finds no filter equivalent to its pattern among these. */
    boolean leavesARuleUnmatched(List<String> filterPatterns);
}

package io.orgaudit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compliance rule as data (a YAML file under {@code rules/}). The seed's texts are verbatim, because the workbook
 * quotes them to auditors. {@code evaluator} names the Java evaluator that judges it, so a new rule that shares an
 * evaluator needs no Java change. Frameworks are not part of a rule: they are their own files and name the rules
 * that map to their controls (see {@code io.orgaudit.framework}).
 *
 * @param idSource         where the id comes from: a public source confirming the vendor's id, or "orgaudit's own"
 * @param cis              CIS AWS Foundations control id per benchmark version ("1.2.0" -> "3.2")
 * @param acceptedPatterns published forms that pass besides {@code parameters.referencePattern}
 * @param olderPatterns    published forms that do not pass; a FAIL names the one an account has and why
 */
public record RuleDefinition(String id, String idSource, String name, String description, String riskLevel,
                             String cloudEntity, String coveredBySpectral, String category, String gslLogic,
                             String remediation, String references, String entityDescription, String evaluator,
                             Map<String, String> cis, Map<String, String> parameters,
                             List<PublishedPattern> acceptedPatterns, List<PublishedPattern> olderPatterns,
                             Map<String, Map<String, Object>> profiles, List<String> permissions) {

    /** A filter pattern as a benchmark publishes it: the pattern, where it is published, and what sets it apart. */
    public record PublishedPattern(String pattern, String source, String why) {

        /** The source without its citation note: "CIS AWS Foundations Benchmark v1.2.0, 3.1". */
        public String publication() {
            int note = source.indexOf(" (");
            return note < 0 ? source : source.substring(0, note);
        }
    }

    public RuleDefinition {
        cis = cis == null ? Map.of() : cis;
        acceptedPatterns = acceptedPatterns == null ? List.of() : List.copyOf(acceptedPatterns);
        olderPatterns = olderPatterns == null ? List.of() : List.copyOf(olderPatterns);
    }

    public String parameter(String key) {
        return parameters == null ? null : parameters.get(key);
    }

    /** The pattern the rule requires, as its file gives it. */
    public String referencePattern() {
        return parameter("referencePattern");
    }

    /** Every pattern that passes: the reference first, then the accepted alternatives. */
    public List<String> passingPatterns() {
        List<String> patterns = new ArrayList<>();
        if (referencePattern() != null) {
            patterns.add(referencePattern());
        }
        acceptedPatterns.forEach(p -> patterns.add(p.pattern()));
        return patterns;
    }

    /** Whether judging under the profile needs the trail's status or event selectors (cis does, gsl does not). */
    public boolean needsTrailSettings(String profile) {
        return requires(profile, "requireLogging") || requires(profile, "requireAllManagementEvents");
    }

    /** Whether a profile switches a requirement on, e.g. {@code requireLogging} in the cis profile. */
    public boolean requires(String profile, String requirement) {
        Map<String, Object> values = profiles == null ? null : profiles.get(profile);
        return values != null && Boolean.TRUE.equals(values.get(requirement));
    }
}

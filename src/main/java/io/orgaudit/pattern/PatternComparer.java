package io.orgaudit.pattern;

import java.util.Optional;

/** Compares two pattern texts and explains the first thing that makes them differ. */
final class PatternComparer {

    private PatternComparer() {
    }

    static PatternComparison compare(String required, String candidate) {
        try {
            return compareParsed(required, candidate);
        } catch (RuntimeException unexpected) {
            // The contract is "never throws": an engine defect still yields a verdict with its reason.
            return PatternComparison.differs("it could not be compared: " + unexpected);
        }
    }

    private static PatternComparison compareParsed(String required, String candidate) {
        if (required == null) {
            return PatternComparison.differs("there is no required pattern to compare with");
        }
        ParsedPattern requiredPattern;
        try {
            requiredPattern = Parser.parse(required);
        } catch (PatternSyntaxError error) {
            return PatternComparison.differs("the required pattern does not parse: " + error.getMessage());
        }
        Optional<String> notJson = notAJsonPattern(candidate);
        if (notJson.isPresent()) {
            return PatternComparison.differs(notJson.get());
        }
        ParsedPattern candidatePattern;
        try {
            candidatePattern = Parser.parse(candidate);
        } catch (PatternSyntaxError error) {
            return PatternComparison.differs(error.rejectedByCloudWatchLogs()
                    ? "it cannot exist in an account: CloudWatch Logs rejects " + error.reason()
                    : "it does not parse: " + error.getMessage());
        }
        AtomIndex atoms = new AtomIndex();
        Dnf requiredForm;
        Dnf candidateForm;
        try {
            requiredForm = PrimeImplicants.of(requiredPattern.expression(), atoms);
        } catch (TooComplexToCompare tooComplex) {
            return PatternComparison.differs("the required pattern is too complex to compare: " + tooComplex.getMessage());
        }
        try {
            candidateForm = PrimeImplicants.of(candidatePattern.expression(), atoms);
        } catch (TooComplexToCompare tooComplex) {
            return PatternComparison.differs("it is too complex to compare: " + tooComplex.getMessage());
        }
        if (requiredForm.sameAs(candidateForm)) {
            return PatternComparison.same();
        }
        return PatternComparison.differs(DifferenceExplainer.explain(requiredForm, candidateForm,
                candidatePattern.mixesAndOrWithoutParentheses(), atoms));
    }

    /** Names the other kinds of CloudWatch Logs patterns, which can never be equivalent to a JSON pattern. */
    static Optional<String> notAJsonPattern(String candidate) {
        if (candidate == null) {
            return Optional.of("there is no pattern");
        }
        String text = candidate.strip();
        if (text.isEmpty()) {
            return Optional.of("it is empty, and an empty pattern matches every log event");
        }
        if (text.startsWith("{")) {
            return Optional.empty();
        }
        String kind = text.startsWith("[") ? "a space-delimited pattern"
                : text.startsWith("%") ? "a regular-expression pattern"
                : "a term pattern";
        return Optional.of("it is not a JSON filter pattern but " + kind + ": " + Phrases.abbreviate(text, 60));
    }
}

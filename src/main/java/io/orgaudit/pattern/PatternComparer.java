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
        DecisionDiagram diagrams = new DecisionDiagram(atoms);
        int requiredNode;
        int candidateNode;
        try {
            requiredNode = diagrams.of(requiredPattern.expression());
        } catch (TooComplexToCompare tooComplex) {
            return PatternComparison.differs("the required pattern is too complex to compare: " + tooComplex.getMessage());
        }
        try {
            candidateNode = diagrams.of(candidatePattern.expression());
        } catch (TooComplexToCompare tooComplex) {
            return PatternComparison.differs("it is too complex to compare: " + tooComplex.getMessage());
        }
        if (requiredNode == candidateNode) {
            return PatternComparison.same();
        }
        try {
            Dnf requiredForm = PrimeImplicants.of(requiredPattern.expression(), atoms);
            Dnf candidateForm = PrimeImplicants.of(candidatePattern.expression(), atoms);
            return PatternComparison.differs(DifferenceExplainer.explain(requiredForm, candidateForm,
                    candidatePattern.mixesAndOrWithoutParentheses(), atoms));
        } catch (TooComplexToCompare tooManyCombinations) {
            // Decided exactly above; only the clause-by-clause explanation needs the normal form, so name an event
            // on which the two disagree instead.
            return PatternComparison.differs(separatingEvents(diagrams, requiredNode, candidateNode, atoms));
        }
    }

    /** "it misses events ...: one in which only A and B hold" and/or "it also matches ...". */
    private static String separatingEvents(DecisionDiagram diagrams, int required, int candidate, AtomIndex atoms) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        diagrams.separating(required, candidate).ifPresent(missed -> parts.add(
                "it misses events the required pattern matches, such as one in which only "
                        + Phrases.list(atoms.atoms(missed)) + " hold"));
        diagrams.separating(candidate, required).ifPresent(extra -> parts.add(
                (parts.isEmpty() ? "it" : "it also") + " matches events the required pattern does not, such as one "
                        + "in which only " + Phrases.list(atoms.atoms(extra)) + " hold"));
        return String.join("; ", parts);
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
        return kindIfNotJson(text).map(kind -> "it is not a JSON filter pattern but " + kind + ": "
                + Phrases.abbreviate(text, 60));
    }

    /** The kind of a pattern that is not a JSON one, or empty for a JSON pattern (or none at all). */
    static Optional<String> kindIfNotJson(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        String text = candidate.strip();
        if (text.startsWith("{")) {
            return Optional.empty();
        }
        return Optional.of(text.isEmpty() ? "an empty pattern (it matches every log event)" : kindOf(text));
    }

    private static String kindOf(String text) {
        return text.startsWith("[") ? "a space-delimited pattern"
                : text.startsWith("%") ? "a regular-expression pattern"
                : "a term pattern (plain text)";
    }
}

package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Explains in one sentence how a non-equivalent candidate differs from the required pattern: first the clauses
 * (changed, missing, extra), then, if the clauses alone do not account for it, the && / || structure.
 */
final class DifferenceExplainer {

    /** Bound on (terms of both formulas) x (settings tried) when trying every setting of the changed clauses. */
    private static final long MAX_SETTING_WORK = 4_096;

    private DifferenceExplainer() {
    }

    static String explain(Dnf required, Dnf candidate, boolean candidateMixesAndOr, AtomIndex atoms) {
        AtomDifferences clauses = AtomDifferences.between(required.atoms(), candidate.atoms(), atoms);
        Dnf renamed = candidate.renamed(clauses.renaming());
        if (clauses.sentences().isEmpty()) {
            return StructureDifferences.explain(required, renamed, candidateMixesAndOr, atoms);
        }
        List<String> parts = new ArrayList<>(clauses.sentences());
        if (!clausesExplainEverything(required, renamed, clauses)) {
            parts.add(StructureDifferences.explain(required.withTrue(clauses.lacking()),
                    renamed.withTrue(clauses.extra()), candidateMixesAndOr, atoms));
        }
        return String.join("; ", parts);
    }

    /**
     * Whether the two formulas become equal for some setting of the missing and extra clauses, i.e. whether the
     * candidate is the required pattern with those clauses removed or added and nothing else changed.
     */
    private static boolean clausesExplainEverything(Dnf required, Dnf candidate, AtomDifferences clauses) {
        BitSet fixed = (BitSet) clauses.lacking().clone();
        fixed.or(clauses.extra());
        int[] numbers = fixed.stream().toArray();
        long terms = required.terms().size() + candidate.terms().size();
        if (numbers.length > 12 || terms << numbers.length > MAX_SETTING_WORK) {
            // Too many settings to try them all: try "all removed" and "all present" only.
            return sameWhenFixed(required, candidate, fixed, new BitSet())
                    || sameWhenFixed(required, candidate, new BitSet(), fixed);
        }
        for (int setting = 0; setting < (1 << numbers.length); setting++) {
            BitSet toTrue = new BitSet();
            BitSet toFalse = new BitSet();
            for (int i = 0; i < numbers.length; i++) {
                ((setting & (1 << i)) != 0 ? toTrue : toFalse).set(numbers[i]);
            }
            if (sameWhenFixed(required, candidate, toTrue, toFalse)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWhenFixed(Dnf required, Dnf candidate, BitSet toTrue, BitSet toFalse) {
        return required.withFalse(toFalse).withTrue(toTrue).sameAs(candidate.withFalse(toFalse).withTrue(toTrue));
    }
}

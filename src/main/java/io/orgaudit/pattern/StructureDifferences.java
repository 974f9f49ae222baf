package io.orgaudit.pattern;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * Explains a difference in && / || structure between two formulas over the same clauses, naming a combination
 * of clauses that one accepts and the other does not.
 */
final class StructureDifferences {

    /** Bound on the clause pairs examined; past it the generic explanation is used. */
    private static final int MAX_PAIRS = 100_000;

    private StructureDifferences() {
    }

    /**
     * @param candidateNames the candidate's own clause for a required clause number it was renamed to (a changed
     *                       value), so that a combination of the candidate is told in the candidate's clauses
     */
    static String explain(Dnf required, Dnf candidate, boolean candidateMixesAndOr, AtomIndex atoms,
                          IntUnaryOperator candidateNames) {
        List<BitSet> looser = candidate.termsNotAcceptedBy(required);
        Optional<TreeSet<Long>> requiredPairs = conjoinedPairs(required);
        Optional<TreeSet<Long>> candidatePairs = conjoinedPairs(candidate);
        boolean lostAnd = requiredPairs.isPresent() && candidatePairs.isPresent()
                && !candidatePairs.get().containsAll(requiredPairs.get());
        Optional<Long> gainedAnd = candidatePairs.flatMap(pairs -> pairs.stream()
                .filter(pair -> requiredPairs.isPresent() && !requiredPairs.get().contains(pair)).findFirst());
        if (!looser.isEmpty()) {
            String witness = looserWitness(looser.get(0), required, atoms, candidateNames);
            if (candidateMixesAndOr) {
                return "precedence differs: && binds tighter than ||, so " + witness;
            }
            if (lostAnd && gainedAnd.isEmpty()) {
                return "it joins clauses with || where the required pattern uses &&, so " + witness;
            }
        }
        if (gainedAnd.isPresent() && !lostAnd) {
            long pair = gainedAnd.get();
            return "it joins " + atoms.atom(candidateNames.applyAsInt((int) (pair >>> 32))) + " and "
                    + atoms.atom(candidateNames.applyAsInt((int) pair)) + " with && where the required pattern uses ||";
        }
        if (!looser.isEmpty()) {
            return "it groups && and || differently, so " + looserWitness(looser.get(0), required, atoms,
                    candidateNames);
        }
        BitSet missed = required.termsNotAcceptedBy(candidate).get(0);
        return "it groups && and || differently, so it does not match when only " + Phrases.list(atoms.atoms(missed))
                + " hold, which the required pattern matches";
    }

    /** "X alone is enough to match, without Y and Z": what the candidate accepts that the required does not. */
    private static String looserWitness(BitSet term, Dnf required, AtomIndex atoms, IntUnaryOperator candidateNames) {
        Optional<BitSet> closest = required.closestTo(term);
        if (closest.isEmpty()) {
            return "it matches events that the required pattern never matches";
        }
        BitSet missing = (BitSet) closest.get().clone();
        missing.andNot(term);
        String without = Phrases.list(atoms.atoms(missing));
        List<Atom> enough = term.stream().mapToObj(number -> atoms.atom(candidateNames.applyAsInt(number))).toList();
        if (enough.isEmpty()) {
            // Only when its extra clauses were taken as holding: a JSON pattern never matches every event.
            return "its extra clauses alone are enough to match, without " + without;
        }
        return enough.size() == 1
                ? enough.get(0) + " alone is enough to match, without " + without
                : Phrases.list(enough) + " are enough to match, without " + without;
    }

    /** Pairs of clauses that appear together in some term, i.e. that the formula joins with &&. */
    private static Optional<TreeSet<Long>> conjoinedPairs(Dnf form) {
        long work = form.terms().stream().mapToLong(term -> (long) term.cardinality() * term.cardinality()).sum();
        if (work > MAX_PAIRS) {
            return Optional.empty();
        }
        TreeSet<Long> pairs = new TreeSet<>();
        for (BitSet term : form.terms()) {
            int[] members = term.stream().toArray();
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    pairs.add(((long) members[i] << 32) | members[j]);
                }
            }
        }
        return Optional.of(pairs);
    }
}

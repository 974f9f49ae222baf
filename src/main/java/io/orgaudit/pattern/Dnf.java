package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A monotone formula in minimal disjunctive normal form: it holds when all atoms of at least one term hold.
 * No term contains another (absorption), so the form is unique for the formula. Terms keep the order in which
 * they were produced, which follows the pattern text and keeps explanations stable.
 */
record Dnf(List<BitSet> terms) {

    Dnf {
        terms = List.copyOf(terms);
    }

    /** Drops every term that contains another term: {@code a || (a && b)} is {@code a}. */
    static Dnf minimised(Collection<BitSet> candidates) {
        List<BitSet> all = new ArrayList<>(new LinkedHashSet<>(candidates));
        int[] sizes = all.stream().mapToInt(BitSet::cardinality).toArray();
        List<BitSet> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!absorbed(all, sizes, i)) {
                kept.add(all.get(i));
            }
        }
        return new Dnf(kept);
    }

    /** Whether a strictly smaller term is contained in term {@code i} (distinct terms, so smaller means proper). */
    private static boolean absorbed(List<BitSet> all, int[] sizes, int i) {
        for (int j = 0; j < all.size(); j++) {
            if (sizes[j] < sizes[i] && isSubset(all.get(j), all.get(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSubset(BitSet small, BitSet large) {
        for (int i = small.nextSetBit(0); i >= 0; i = small.nextSetBit(i + 1)) {
            if (!large.get(i)) {
                return false;
            }
        }
        return true;
    }

    boolean sameAs(Dnf other) {
        return new HashSet<>(terms).equals(new HashSet<>(other.terms));
    }

    /** Every atom the formula depends on. */
    BitSet atoms() {
        BitSet all = new BitSet();
        terms.forEach(all::or);
        return all;
    }

    /** Whether an event where exactly the atoms of {@code term} hold satisfies this formula. */
    boolean acceptsOnly(BitSet term) {
        return terms.stream().anyMatch(own -> isSubset(own, term));
    }

    /** The formula with the given atoms fixed to true. */
    Dnf withTrue(BitSet fixed) {
        List<BitSet> reduced = new ArrayList<>();
        for (BitSet term : terms) {
            BitSet copy = (BitSet) term.clone();
            copy.andNot(fixed);
            reduced.add(copy);
        }
        return minimised(reduced);
    }

    /** The formula with the given atoms fixed to false. */
    Dnf withFalse(BitSet fixed) {
        return new Dnf(terms.stream().filter(term -> !term.intersects(fixed)).toList());
    }

    /** The formula with atoms renumbered; atoms not in the map keep their number. */
    Dnf renamed(Map<Integer, Integer> renaming) {
        List<BitSet> renamedTerms = new ArrayList<>();
        for (BitSet term : terms) {
            BitSet copy = new BitSet();
            term.stream().forEach(atom -> copy.set(renaming.getOrDefault(atom, atom)));
            renamedTerms.add(copy);
        }
        return minimised(renamedTerms);
    }

    /** The terms of this formula that {@code other} does not accept: what this one matches and the other not. */
    List<BitSet> termsNotAcceptedBy(Dnf other) {
        return terms.stream().filter(term -> !other.acceptsOnly(term)).toList();
    }

    /** The term of this formula that needs the fewest atoms beyond {@code given}. */
    Optional<BitSet> closestTo(BitSet given) {
        BitSet best = null;
        int bestMissing = Integer.MAX_VALUE;
        for (BitSet term : terms) {
            BitSet missing = (BitSet) term.clone();
            missing.andNot(given);
            if (missing.cardinality() < bestMissing) {
                best = term;
                bestMissing = missing.cardinality();
            }
        }
        return Optional.ofNullable(best);
    }
}

package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct atoms of the patterns being compared, in order of first appearance. */
final class AtomIndex {

    private final Map<Atom, Integer> numbers = new HashMap<>();
    private final List<Atom> atoms = new ArrayList<>();

    int numberOf(Atom atom) {
        return numbers.computeIfAbsent(atom, added -> {
            atoms.add(added);
            return atoms.size() - 1;
        });
    }

    Atom atom(int number) {
        return atoms.get(number);
    }

    /** The atoms of a term, in order of first appearance. */
    List<Atom> atoms(BitSet term) {
        List<Atom> result = new ArrayList<>();
        term.stream().forEach(number -> result.add(atoms.get(number)));
        return result;
    }
}

package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The clauses in which two patterns differ: a required clause whose counterpart in the candidate has another
 * value, operator or selector; required clauses the candidate lacks; candidate clauses the required one lacks.
 *
 * @param renaming candidate atom number to the required atom it stands in for, so the boolean structure can be
 *                 compared afterwards as if the changed clauses were right
 */
record AtomDifferences(List<String> sentences, BitSet lacking, BitSet extra, Map<Integer, Integer> renaming) {

    /** How a candidate clause can stand in for a required one, tried in this order. */
    private enum Change {
        VALUE("value", (a, b) -> a.selector().equals(b.selector()) && a.operator() == b.operator()),
        OPERATOR("operator", (a, b) -> a.selector().equals(b.selector()) && a.value().equals(b.value())),
        SELECTOR("selector", (a, b) -> a.operator() == b.operator() && a.value().equals(b.value())),
        COMPARISON("comparison", (a, b) -> a.selector().equals(b.selector()));

        private final String what;
        private final BiPredicate<Atom, Atom> counterparts;

        Change(String what, BiPredicate<Atom, Atom> counterparts) {
            this.what = what;
            this.counterparts = counterparts;
        }

        String sentence(Atom required, Atom candidate) {
            return "the " + what + " differs: it has " + candidate.text() + " where the required pattern has "
                    + required.text() + caseNote(required, candidate);
        }

        private String caseNote(Atom required, Atom candidate) {
            boolean onlyCase = switch (this) {
                case VALUE -> required.value().text().equalsIgnoreCase(candidate.value().text());
                case SELECTOR -> required.selector().text().equalsIgnoreCase(candidate.selector().text());
                default -> false;
            };
            return onlyCase ? " (only the letter case differs, and " + what + "s are case-sensitive)" : "";
        }
    }

    static AtomDifferences between(BitSet requiredAtoms, BitSet candidateAtoms, AtomIndex atoms) {
        List<Integer> onlyRequired = numbers(requiredAtoms, candidateAtoms);
        List<Integer> onlyCandidate = numbers(candidateAtoms, requiredAtoms);
        List<String> sentences = new ArrayList<>();
        Map<Integer, Integer> renaming = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            for (Integer required : List.copyOf(onlyRequired)) {
                Atom requiredAtom = atoms.atom(required);
                Optional<Integer> counterpart = onlyCandidate.stream()
                        .filter(candidate -> change.counterparts.test(requiredAtom, atoms.atom(candidate)))
                        .findFirst();
                counterpart.ifPresent(candidate -> {
                    sentences.add(change.sentence(requiredAtom, atoms.atom(candidate)));
                    renaming.put(candidate, required);
                    onlyRequired.remove(required);
                    onlyCandidate.remove(candidate);
                });
            }
        }
        BitSet lacking = bits(onlyRequired);
        BitSet extra = bits(onlyCandidate);
        if (!lacking.isEmpty()) {
            sentences.add("it lacks " + Phrases.clauses(atoms.atoms(lacking)));
        }
        if (!extra.isEmpty()) {
            sentences.add("it has the extra " + Phrases.clauses(atoms.atoms(extra)).substring("the ".length()));
        }
        return new AtomDifferences(sentences, lacking, extra, renaming);
    }

    private static List<Integer> numbers(BitSet of, BitSet without) {
        BitSet only = (BitSet) of.clone();
        only.andNot(without);
        return new ArrayList<>(only.stream().boxed().toList());
    }

    private static BitSet bits(List<Integer> numbers) {
        BitSet bits = new BitSet();
        numbers.forEach(bits::set);
        return bits;
    }
}

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
 * @param changes  one sentence per changed clause ("the value differs: ...")
 * @param renaming candidate atom number to the required atom it stands in for, so the boolean structure can be
 *                 compared afterwards as if the changed clauses were right
 */
record AtomDifferences(List<String> changes, BitSet lacking, BitSet extra, Map<Integer, Integer> renaming) {

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
            return "the " + what + " differs: it has " + candidate + " where the required pattern has "
                    + required + caseNote(required, candidate) + lookAlikeNote(candidate);
        }

        private static String lookAlikeNote(Atom candidate) {
            return candidate.hasLookAlikeCharacters() ? " (its value has characters that look like others or like "
                    + "nothing, named here in <>: the two only look alike)" : "";
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
            // The most alike pairs first: "AccessDenied" stands in for "AccessDenied*", not for "*Unauthorized*".
            List<int[]> pairs = new ArrayList<>();
            for (Integer required : onlyRequired) {
                for (Integer candidate : onlyCandidate) {
                    if (change.counterparts.test(atoms.atom(required), atoms.atom(candidate))) {
                        pairs.add(new int[] {required, candidate,
                                distance(atoms.atom(required).text(), atoms.atom(candidate).text())});
                    }
                }
            }
            pairs.sort(java.util.Comparator.comparingInt((int[] pair) -> pair[2]));
            for (int[] pair : pairs) {
                if (onlyRequired.contains(pair[0]) && onlyCandidate.contains(pair[1])) {
                    sentences.add(change.sentence(atoms.atom(pair[0]), atoms.atom(pair[1])));
                    renaming.put(pair[1], pair[0]);
                    onlyRequired.remove(Integer.valueOf(pair[0]));
                    onlyCandidate.remove(Integer.valueOf(pair[1]));
                }
            }
        }
        return new AtomDifferences(sentences, bits(onlyRequired), bits(onlyCandidate), renaming);
    }

    boolean none() {
        return changes.isEmpty() && lacking.isEmpty() && extra.isEmpty();
    }

    /** The required atom number to the candidate atom shown in its place (changed clauses), else itself. */
    java.util.function.IntUnaryOperator candidateNames() {
        Map<Integer, Integer> back = new java.util.HashMap<>();
        renaming.forEach((candidate, required) -> back.put(required, candidate));
        return number -> back.getOrDefault(number, number);
    }

    /** Levenshtein distance, for texts of a few dozen characters. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
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

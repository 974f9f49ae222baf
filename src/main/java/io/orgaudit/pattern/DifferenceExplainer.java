package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Explains in one sentence how a non-equivalent candidate differs from the required pattern: first the clauses
 * (changed, missing, extra), then, if the clauses alone do not account for it, the && / || structure. A missing or
 * extra clause is named for what it does: a condition (joined by &&: the filter misses events, or without it matches
 * more) or an alternative (joined by ||: the filter matches more, or without it misses events).
 */
final class DifferenceExplainer {

    /** Bound on (terms of both formulas) x (settings tried) when trying every setting of the changed clauses. */
    private static final long MAX_SETTING_WORK = 4_096;

    /** Which missing and extra clauses, set true (conditions) or false (alternatives), make the two the same. */
    private record Setting(BitSet toTrue, BitSet toFalse) {}

    private DifferenceExplainer() {
    }

    static String explain(Dnf required, Dnf candidate, boolean candidateMixesAndOr, AtomIndex atoms) {
        AtomDifferences clauses = AtomDifferences.between(required.atoms(), candidate.atoms(), atoms);
        Dnf renamed = candidate.renamed(clauses.renaming());
        IntUnaryOperator candidateNames = clauses.candidateNames();
        if (clauses.none()) {
            return StructureDifferences.explain(required, renamed, candidateMixesAndOr, atoms, candidateNames);
        }
        List<String> parts = new ArrayList<>(clauses.changes());
        Optional<Setting> setting = settingThatExplains(required, renamed, clauses);
        if (setting.isPresent()) {
            parts.addAll(roles(clauses, setting.get(), required, candidate, atoms));
            return String.join("; ", parts);
        }
        if (!clauses.lacking().isEmpty()) {
            parts.add("it lacks " + Phrases.clauses(atoms.atoms(clauses.lacking())));
        }
        if (!clauses.extra().isEmpty()) {
            parts.add("it has the extra " + Phrases.clauses(atoms.atoms(clauses.extra())).substring("the ".length()));
        }
        Dnf requiredWithLacking = required.withTrue(clauses.lacking());
        Dnf candidateWithExtra = renamed.withTrue(clauses.extra());
        if (!requiredWithLacking.sameAs(candidateWithExtra)) {
            parts.add(StructureDifferences.explain(requiredWithLacking, candidateWithExtra, candidateMixesAndOr,
                    atoms, candidateNames));
        }
        return String.join("; ", parts);
    }

    /** One sentence per kind: missing conditions, missing alternatives, extra conditions, extra alternatives. */
    private static List<String> roles(AtomDifferences clauses, Setting setting, Dnf required, Dnf candidate,
                                      AtomIndex atoms) {
        List<String> sentences = new ArrayList<>();
        BitSet lackingConditions = and(clauses.lacking(), setting.toTrue());
        BitSet lackingAlternatives = and(clauses.lacking(), setting.toFalse());
        BitSet extraConditions = and(clauses.extra(), setting.toTrue());
        BitSet extraAlternatives = and(clauses.extra(), setting.toFalse());
        if (!lackingConditions.isEmpty()) {
            Conditions lacking = conditions(lackingConditions, required, atoms, "those clauses do not hold");
            sentences.add("it lacks the " + lacking.named() + ", so it also matches events in which "
                    + lacking.notHolding() + " (more alarms)");
        }
        if (!lackingAlternatives.isEmpty()) {
            List<Atom> lacking = atoms.atoms(lackingAlternatives);
            sentences.add("it lacks the " + noun("alternative", lacking) + ", so it misses events that the required "
                    + "pattern matches through " + (lacking.size() == 1 ? "that clause" : "those clauses") + " (events missed)");
        }
        if (!extraConditions.isEmpty()) {
            Conditions extra = conditions(extraConditions, candidate, atoms, "those clauses do not all hold");
            sentences.add("it has the extra " + extra.named() + ", so it misses events in which " + extra.notHolding()
                    + " (events missed)");
        }
        for (Atom alternative : atoms.atoms(extraAlternatives)) {
            Optional<Atom> implying = implyingAlternative(alternative, candidate, atoms);
            sentences.add(implying.map(broader -> "it has the extra alternative " + alternative + ", which matches "
                            + "only events that " + broader + " already matches: the filter catches the same events "
                            + "and differs from the required pattern only by that clause")
                    .orElse("it has the extra alternative " + alternative + ", so it also matches events through "
                            + "that clause alone (more alarms)"));
        }
        return sentences;
    }

    /**
     * Another clause of the candidate on the same property whose wildcard value already matches this clause's plain
     * value ({@code = "AccessDenied*"} for {@code = "AccessDenied"}): the extra alternative adds no event.
     */
    private static Optional<Atom> implyingAlternative(Atom alternative, Dnf candidate, AtomIndex atoms) {
        if (alternative.operator() != Operator.EQUALS || !(alternative.value() instanceof Value.TextValue plain)
                || plain.glob().contains("*")) {
            return Optional.empty();
        }
        return atoms.atoms(candidate.atoms()).stream()
                .filter(other -> !other.equals(alternative) && other.selector().equals(alternative.selector())
                        && other.operator() == Operator.EQUALS && other.value() instanceof Value.TextValue glob
                        && Wildcard.matches(glob.glob(), plain.glob()))
                .findFirst();
    }

    /** Missing or extra conditions as a sentence names them, and the events in which they do not hold. */
    private record Conditions(String named, String notHolding) {}

    /**
     * "the condition (X || Y)" for clauses no term of their formula has two of: a group of alternatives added or
     * lost with && as a whole is one condition, not two; else "the condition X" or "the conditions X and Y".
     */
    private static Conditions conditions(BitSet clauses, Dnf formula, AtomIndex atoms, String severalNotHolding) {
        List<Atom> listed = atoms.atoms(clauses);
        if (listed.size() > 1 && neverTogether(formula, clauses)) {
            return new Conditions("condition (" + String.join(" || ", listed.stream().map(Atom::shown).toList())
                    + ")", "none of those clauses holds");
        }
        return new Conditions(noun("condition", listed),
                listed.size() == 1 ? "that clause does not hold" : severalNotHolding);
    }

    /** Whether no term of the formula has two of these atoms: they are alternatives of one another. */
    private static boolean neverTogether(Dnf formula, BitSet these) {
        return formula.terms().stream().noneMatch(term -> and(term, these).cardinality() > 1);
    }

    private static String noun(String kind, List<Atom> clauses) {
        return (clauses.size() == 1 ? kind + " " : kind + "s ") + Phrases.list(clauses);
    }

    private static BitSet and(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both;
    }

    /**
     * A setting of the missing and extra clauses for which the two formulas become equal, i.e. the candidate is the
     * required pattern with those clauses removed or added and nothing else changed; empty when there is none.
     */
    private static Optional<Setting> settingThatExplains(Dnf required, Dnf candidate, AtomDifferences clauses) {
        BitSet fixed = (BitSet) clauses.lacking().clone();
        fixed.or(clauses.extra());
        int[] numbers = fixed.stream().toArray();
        // "All present" first, then "all removed": the plainest reading (a group (a || b) added with && is one
        // condition, not a condition a and an alternative b, though both settings make the two the same).
        for (Setting setting : List.of(new Setting(fixed, new BitSet()), new Setting(new BitSet(), fixed))) {
            if (sameWhenFixed(required, candidate, setting)) {
                return Optional.of(setting);
            }
        }
        long terms = required.terms().size() + candidate.terms().size();
        if (numbers.length > 12 || terms << numbers.length > MAX_SETTING_WORK) {
            return Optional.empty(); // too many settings to try them all
        }
        for (int choice = 0; choice < (1 << numbers.length); choice++) {
            Setting setting = new Setting(new BitSet(), new BitSet());
            for (int i = 0; i < numbers.length; i++) {
                ((choice & (1 << i)) != 0 ? setting.toTrue() : setting.toFalse()).set(numbers[i]);
            }
            if (sameWhenFixed(required, candidate, setting)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the two are the same with the setting's clauses fixed, and still depend on some clause: a setting
     * that makes both always false (or always true) says nothing about what the clauses do.
     */
    private static boolean sameWhenFixed(Dnf required, Dnf candidate, Setting setting) {
        Dnf fixedRequired = required.withFalse(setting.toFalse()).withTrue(setting.toTrue());
        boolean constant = fixedRequired.terms().isEmpty() || fixedRequired.terms().stream().anyMatch(BitSet::isEmpty);
        return !constant && fixedRequired.sameAs(candidate.withFalse(setting.toFalse()).withTrue(setting.toTrue()));
    }
}

package io.orgaudit.pattern;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands an expression to its prime implicants: the minimal disjunctive normal form, a set of terms, each a set
 * of atoms that must all hold. The grammar has no negation, so every pattern is a monotone formula over its atoms
 * and this form is unique: two patterns are equivalent exactly when their prime implicants are the same sets.
 * This avoids a 2^n truth table; the expansion itself can grow exponentially (n groups of two alternatives
 * joined by && give 2^n terms), so it stops at {@link #MAX_TERMS}.
 */
final class PrimeImplicants {

    static final int MAX_TERMS = 1024;

    private final AtomIndex atoms;

    private PrimeImplicants(AtomIndex atoms) {
        this.atoms = atoms;
    }

    /** @throws TooComplexToCompare when an intermediate form would have more than {@link #MAX_TERMS} terms */
    static Dnf of(Expression expression, AtomIndex atoms) {
        return new PrimeImplicants(atoms).expand(expression);
    }

    private Dnf expand(Expression expression) {
        if (expression instanceof Expression.Comparison comparison) {
            BitSet term = new BitSet();
            term.set(atoms.numberOf(comparison.atom()));
            return new Dnf(List.of(term));
        }
        if (expression instanceof Expression.AnyOf any) {
            Set<BitSet> terms = new LinkedHashSet<>();
            for (Expression operand : any.operands()) {
                terms.addAll(expand(operand).terms());
                checkSize(terms.size());
            }
            return Dnf.minimised(terms);
        }
        Dnf product = new Dnf(List.of(new BitSet()));
        for (Expression operand : ((Expression.AllOf) expression).operands()) {
            product = and(product, expand(operand));
        }
        return product;
    }

    private Dnf and(Dnf left, Dnf right) {
        checkSize((long) left.terms().size() * right.terms().size());
        Set<BitSet> terms = new LinkedHashSet<>();
        for (BitSet a : left.terms()) {
            for (BitSet b : right.terms()) {
                BitSet both = (BitSet) a.clone();
                both.or(b);
                terms.add(both);
            }
        }
        return Dnf.minimised(terms);
    }

    private static void checkSize(long terms) {
        if (terms > MAX_TERMS) {
            throw new TooComplexToCompare(MAX_TERMS);
        }
    }
}

package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reduced ordered binary decision diagrams over the atoms of the patterns being compared: the exact equivalence test.
 * Two formulas are equivalent exactly when they reduce to the same node (the diagram of a formula is unique for a
 * variable order). The order is the atoms' numbering, which follows the pattern text; for patterns built of
 * clauses that each appear once, which is how filter patterns are written, the diagram grows with the pattern, not
 * with its normal form: {@code (a1 || b1) && ... && (a40 || b40)} has 2^40 prime implicants but about 120 nodes.
 * The work is bounded by a node count, far above what 1,024 characters lead to in practice.
 */
final class DecisionDiagram {

    /** Bound on the work: nodes of the diagrams of both patterns together. */
    static final int MAX_NODES = 200_000;

    static final int FALSE = 0;
    static final int TRUE = 1;

    private final List<int[]> nodes = new ArrayList<>(); // {atom, low, high}
    private final Map<List<Integer>, Integer> unique = new HashMap<>();
    private final Map<Long, Integer> andMemo = new HashMap<>();
    private final Map<Long, Integer> orMemo = new HashMap<>();
    private final AtomIndex atoms;

    DecisionDiagram(AtomIndex atoms) {
        this.atoms = atoms;
        nodes.add(new int[] {Integer.MAX_VALUE, FALSE, FALSE});
        nodes.add(new int[] {Integer.MAX_VALUE, TRUE, TRUE});
    }

    /** @throws TooComplexToCompare when the diagrams would need more than {@link #MAX_NODES} nodes */
    int of(Expression expression) {
        if (expression instanceof Expression.Comparison comparison) {
            return node(atoms.numberOf(comparison.atom()), FALSE, TRUE);
        }
        boolean all = expression instanceof Expression.AllOf;
        List<Expression> operands = all ? ((Expression.AllOf) expression).operands()
                : ((Expression.AnyOf) expression).operands();
        int result = all ? TRUE : FALSE;
        for (Expression operand : operands) {
            result = all ? and(result, of(operand)) : or(result, of(operand));
        }
        return result;
    }

    /**
     * An assignment under which {@code holds} is true and {@code fails} false, as the atoms that hold (all others do
     * not), made minimal: no atom can be dropped and keep {@code holds} true. Both are monotone, so {@code fails}
     * stays false for every smaller set: the result is a prime implicant of {@code holds} that {@code fails} does not
     * accept. Empty when {@code holds} implies {@code fails}.
     */
    Optional<BitSet> separating(int holds, int fails) {
        BitSet path = new BitSet();
        if (!pathTo(holds, fails, path, new java.util.HashSet<>())) {
            return Optional.empty();
        }
        for (int atom = path.nextSetBit(0); atom >= 0; atom = path.nextSetBit(atom + 1)) {
            path.clear(atom);
            if (!accepts(holds, path)) {
                path.set(atom);
            }
        }
        return Optional.of(path);
    }

    /** Whether the formula holds when exactly these atoms hold. */
    boolean accepts(int formula, BitSet holding) {
        int node = formula;
        while (node > TRUE) {
            int[] n = nodes.get(node);
            node = holding.get(n[0]) ? n[2] : n[1];
        }
        return node == TRUE;
    }

    /** Walks both diagrams together to a point where the first is true and the second false; atoms on it set. */
    private boolean pathTo(int holds, int fails, BitSet path, java.util.Set<Long> deadEnds) {
        if (holds == FALSE || fails == TRUE) {
            return false;
        }
        if (holds == TRUE && fails == FALSE) {
            return true;
        }
        long pair = holds * 4_294_967_296L + fails;
        if (deadEnds.contains(pair)) {
            return false; // each pair of nodes is explored once: the walk is bounded by the diagrams' sizes
        }
        int atom = Math.min(atomOf(holds), atomOf(fails));
        // "atom does not hold" first keeps the example small
        if (pathTo(cofactor(holds, atom, false), cofactor(fails, atom, false), path, deadEnds)) {
            return true;
        }
        path.set(atom);
        if (pathTo(cofactor(holds, atom, true), cofactor(fails, atom, true), path, deadEnds)) {
            return true;
        }
        path.clear(atom);
        deadEnds.add(pair);
        return false;
    }

    private int atomOf(int node) {
        return nodes.get(node)[0];
    }

    private int cofactor(int node, int atom, boolean value) {
        if (node <= TRUE || atomOf(node) != atom) {
            return node;
        }
        return value ? nodes.get(node)[2] : nodes.get(node)[1];
    }

    int and(int u, int v) {
        if (u == FALSE || v == FALSE) {
            return FALSE;
        }
        if (u == TRUE) {
            return v;
        }
        if (v == TRUE || u == v) {
            return u;
        }
        return combine(u, v, andMemo, true);
    }

    int or(int u, int v) {
        if (u == TRUE || v == TRUE) {
            return TRUE;
        }
        if (u == FALSE) {
            return v;
        }
        if (v == FALSE || u == v) {
            return u;
        }
        return combine(u, v, orMemo, false);
    }

    private int combine(int u, int v, Map<Long, Integer> memo, boolean and) {
        long key = Math.min(u, v) * 4_294_967_296L + Math.max(u, v);
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        int atom = Math.min(atomOf(u), atomOf(v));
        int low = and ? and(cofactor(u, atom, false), cofactor(v, atom, false))
                : or(cofactor(u, atom, false), cofactor(v, atom, false));
        int high = and ? and(cofactor(u, atom, true), cofactor(v, atom, true))
                : or(cofactor(u, atom, true), cofactor(v, atom, true));
        int result = node(atom, low, high);
        memo.put(key, result);
        return result;
    }

    private int node(int atom, int low, int high) {
        if (low == high) {
            return low;
        }
        return unique.computeIfAbsent(List.of(atom, low, high), key -> {
            if (nodes.size() >= MAX_NODES) {
                throw new TooComplexToCompare("its && and || need more than " + MAX_NODES
                        + " decision nodes to compare exactly");
            }
            nodes.add(new int[] {atom, low, high});
            return nodes.size() - 1;
        });
    }
}

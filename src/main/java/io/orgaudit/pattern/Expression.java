package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The syntax tree of a JSON filter pattern: comparisons joined by {@code &&} and {@code ||}. */
sealed interface Expression permits Expression.Comparison, Expression.AllOf, Expression.AnyOf {

    boolean matches(JsonNode event);

    /** Canonical text with only the parentheses the grouping needs (an || group inside && is parenthesised, and
     * an && group inside || is too, for readers who do not know the precedence). */
    String render();

    /** {@code a && b && ...}; nested {@code &&} groups are flattened and duplicate operands dropped. */
    static Expression allOf(List<Expression> operands) {
        return group(operands, AllOf.class, AllOf::new);
    }

    /** {@code a || b || ...}; nested {@code ||} groups are flattened and duplicate operands dropped. */
    static Expression anyOf(List<Expression> operands) {
        return group(operands, AnyOf.class, AnyOf::new);
    }

    private static Expression group(List<Expression> operands, Class<? extends Expression> kind,
                                     Function<List<Expression>, Expression> create) {
        Set<Expression> flat = new LinkedHashSet<>();
        for (Expression operand : operands) {
            if (kind.isInstance(operand)) {
                flat.addAll(operand instanceof AllOf all ? all.operands() : ((AnyOf) operand).operands());
            } else {
                flat.add(operand);
            }
        }
        return flat.size() == 1 ? flat.iterator().next() : create.apply(new ArrayList<>(flat));
    }

    record Comparison(Atom atom) implements Expression {
        @Override
        public boolean matches(JsonNode event) {
            return AtomMatcher.matches(atom, event);
        }

        @Override
        public String render() {
            return atom.text();
        }
    }

    record AllOf(List<Expression> operands) implements Expression {
        public AllOf {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(JsonNode event) {
            return operands.stream().allMatch(operand -> operand.matches(event));
        }

        @Override
        public String render() {
            return operands.stream().map(Expression::renderNested).collect(Collectors.joining(" && "));
        }
    }

    record AnyOf(List<Expression> operands) implements Expression {
        public AnyOf {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(JsonNode event) {
            return operands.stream().anyMatch(operand -> operand.matches(event));
        }

        @Override
        public String render() {
            return operands.stream().map(Expression::renderNested).collect(Collectors.joining(" || "));
        }
    }

    private static String renderNested(Expression operand) {
        return operand instanceof Comparison ? operand.render() : "(" + operand.render() + ")";
    }
}

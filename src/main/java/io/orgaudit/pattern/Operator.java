package io.orgaudit.pattern;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of JSON filter patterns. */
enum Operator {
    EQUALS("="),
    NOT_EQUALS("!="),
    LESS("<"),
    GREATER(">"),
    LESS_OR_EQUAL("<="),
    GREATER_OR_EQUAL(">="),
    IS_NULL("IS NULL"),
    IS_TRUE("IS TRUE"),
    IS_FALSE("IS FALSE"),
    NOT_EXISTS("NOT EXISTS");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    /** {@code < > <= >=} compare numbers only. */
    boolean numericOnly() {
        return this == LESS || this == GREATER || this == LESS_OR_EQUAL || this == GREATER_OR_EQUAL;
    }

    /** Operators written without a value after them. */
    boolean unary() {
        return ordinal() >= IS_NULL.ordinal();
    }

    static Optional<Operator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(operator -> operator.symbol.equals(symbol)).findFirst();
    }
}

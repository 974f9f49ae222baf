package io.orgaudit.pattern;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The right-hand side of a comparison, normalised so that equal meanings are equal values. */
sealed interface Value permits Value.TextValue, Value.NumberValue, Value.RegexValue, Value.NoValue {

    /** How the value is written in canonical pattern text. */
    String text();

    /** Text with {@code *} wildcards; the quotes of the pattern are not part of it. */
    record TextValue(String glob) implements Value {
        public TextValue {
            glob = glob.replaceAll("\\*{2,}", "*"); // "**" matches what "*" matches
        }

        @Override
        public String text() {
            return "\"" + glob.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /**
     * A number, with an optional sign ({@code +1000} is written in AWS's own examples); 1, +1, 1.0, 1e0 and 10E-1
     * are the same value.
     */
    record NumberValue(BigDecimal amount) implements Value {
        private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

        public NumberValue {
            amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        }

        /** The number an unquoted word spells, if it spells one. */
        static Optional<NumberValue> parse(String word) {
            if (!NUMBER.matcher(word).matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new NumberValue(new BigDecimal(word)));
            } catch (NumberFormatException | ArithmeticException outOfRange) {
                return Optional.empty();
            }
        }

        @Override
        public String text() {
            return Math.abs(amount.scale()) <= 30 ? amount.toPlainString() : amount.toString();
        }
    }

    /** A {@code %regex%} term; it matches when the expression is found in the property's text. */
    record RegexValue(String source) implements Value {
        private static final Pattern OPEN_LOWER_BOUND = Pattern.compile("(?<!\\\\)\\{,");

        Pattern pattern() {
            return Pattern.compile(javaSource(source));
        }

        /** CloudWatch Logs allows {@code {,n}} ("either m or n can be omitted"); Java spells it {@code {0,n}}. */
        static String javaSource(String source) {
            return OPEN_LOWER_BOUND.matcher(source).replaceAll("{0,");
        }

        @Override
        public String text() {
            return "%" + source + "%";
        }
    }

    /** The absent value of {@code IS NULL}, {@code IS TRUE}, {@code IS FALSE} and {@code NOT EXISTS}. */
    enum NoValue implements Value {
        INSTANCE;

        @Override
        public String text() {
            return "";
        }
    }
}

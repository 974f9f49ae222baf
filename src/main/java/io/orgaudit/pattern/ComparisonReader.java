package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/** Reads one comparison ({@code $.a = "x"}, {@code $.n >= 1e3}, {@code $.b IS NULL}, ...) into a normalised atom. */
final class ComparisonReader {

    private ComparisonReader() {
    }

    static Atom read(TokenStream tokens) {
        Token selectorToken = tokens.advance();
        Selector selector = Selector.parse(selectorToken.text(), selectorToken.position());
        Token operatorToken = tokens.advance();
        if (operatorToken.is(Token.Kind.OPERATOR)) {
            Operator operator = Operator.ofSymbol(operatorToken.text()).orElseThrow();
            return new Atom(selector, operator, value(operator, operatorToken, tokens.advance()));
        }
        if (operatorToken.isWord("IS")) {
            return new Atom(selector, keyword(tokens.advance(), Operator.IS_NULL, Operator.IS_TRUE, Operator.IS_FALSE),
                    Value.NoValue.INSTANCE);
        }
        if (operatorToken.isWord("NOT")) {
            return new Atom(selector, keyword(tokens.advance(), Operator.NOT_EXISTS), Value.NoValue.INSTANCE);
        }
        String text = operatorToken.text();
        if (operatorToken.is(Token.Kind.WORD) && (text.equalsIgnoreCase("IS") || text.equalsIgnoreCase("NOT"))) {
            throw new PatternSyntaxError("'" + text + "' must be written in upper case: " + text.toUpperCase(),
                    operatorToken.position());
        }
        throw new PatternSyntaxError("expected an operator (=, !=, <, >, <=, >=, IS NULL, IS TRUE, IS FALSE or "
                + "NOT EXISTS) after " + selector.text() + ", found " + operatorToken.describe(),
                operatorToken.position());
    }

    /** The second word of a two-word operator such as IS NULL. */
    private static Operator keyword(Token token, Operator... choices) {
        List<String> secondWords = new ArrayList<>();
        for (Operator choice : choices) {
            String secondWord = choice.symbol().split(" ")[1];
            if (token.isWord(secondWord)) {
                return choice;
            }
            secondWords.add(secondWord);
        }
        throw new PatternSyntaxError("expected " + Phrases.alternatives(secondWords) + " after "
                + choices[0].symbol().split(" ")[0] + ", found " + token.describe(), token.position());
    }

    private static Value value(Operator operator, Token operatorToken, Token token) {
        String after = "after '" + operatorToken.text() + "'";
        switch (token.kind()) {
            case STRING -> {
                requireNonNumeric(operator, "expected a number " + after + ", found " + token.describe(), token);
                return new Value.TextValue(token.text());
            }
            case REGEX -> {
                requireNonNumeric(operator, "a regular expression can only follow = or !=, not '"
                        + operatorToken.text() + "'", token);
                return regex(token);
            }
            case WORD -> {
                Optional<Value.NumberValue> number = Value.NumberValue.parse(token.text());
                if (number.isPresent()) {
                    return number.get();
                }
                requireNonNumeric(operator, "expected a number " + after + ", found " + token.describe(), token);
                // Quotes are optional around text values: "x" and x are the same value.
                return new Value.TextValue(token.text());
            }
            default -> throw new PatternSyntaxError("expected a value " + after + ", found " + token.describe(),
                    token.position());
        }
    }

    private static void requireNonNumeric(Operator operator, String complaint, Token token) {
        if (operator.numericOnly()) {
            throw new PatternSyntaxError(complaint, token.position());
        }
    }

    /**
     * "Filter patterns with regex can only include": letters and digits, the symbols {@code : _ # = @ / ; , -} and
     * the operators {@code ^ $ ? [ ] { } | \ * + .}; "The ( and ) operators are not supported" and "Multi-byte
     * characters are not supported" (CloudWatch Logs, filter pattern syntax).
     */
    private static final String REGEX_SYMBOLS = ":_#=@/;,-^$?[]{}|\\*+.";

    private static Value regex(Token token) {
        for (int i = 0; i < token.text().length(); i++) {
            char c = token.text().charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && REGEX_SYMBOLS.indexOf(c) < 0) {
                throw PatternSyntaxError.rejectedByCloudWatchLogs("the character " + Phrases.character(c)
                        + " in a regular expression", token.position() + 1 + i);
            }
        }
        try {
            java.util.regex.Pattern.compile(Value.RegexValue.javaSource(token.text()));
        } catch (PatternSyntaxException invalid) {
            throw new PatternSyntaxError("invalid regular expression %" + token.text() + "% ("
                    + invalid.getDescription() + ")", token.position());
        }
        return new Value.RegexValue(token.text());
    }
}

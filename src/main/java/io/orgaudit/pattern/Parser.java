package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for JSON filter patterns:
 * <pre>
 * pattern    := '{' or '}'
 * or         := and ('||' and)*          -- && binds tighter than ||
 * and        := primary ('&&' primary)*
 * primary    := '(' or ')' | comparison
 * comparison := selector (operator value | 'IS' ('NULL' | 'TRUE' | 'FALSE') | 'NOT' 'EXISTS')
 * </pre>
 */
final class Parser {

    /** PutMetricFilter: "filterPattern ... Maximum length of 1024". It also bounds nesting to about 500 levels. */
    static final int MAX_LENGTH = 1024;
    /** "There is a limit of 2 regex for each filter pattern." */
    static final int MAX_REGEXES = 2;
    /** "up to three wildcard selectors in a filter pattern with compound expressions". */
    static final int MAX_WILDCARD_SELECTORS = 3;

    private final TokenStream tokens;
    private int regexes;
    private int wildcardSelectors;
    private int lastAndWidth;
    private boolean mixesAndOrWithoutParentheses;

    private Parser(TokenStream tokens) {
        this.tokens = tokens;
    }

    static ParsedPattern parse(String text) {
        if (text == null) {
            throw new PatternSyntaxError("there is no pattern", 1);
        }
        if (text.length() > MAX_LENGTH) {
            throw PatternSyntaxError.rejectedByCloudWatchLogs("a pattern longer than 1,024 characters (this one has "
                    + String.format(java.util.Locale.ROOT, "%,d", text.length()) + ")", MAX_LENGTH + 1);
        }
        Parser parser = new Parser(new TokenStream(text));
        Expression expression = parser.pattern();
        return new ParsedPattern(text, expression, parser.mixesAndOrWithoutParentheses);
    }

    private Expression pattern() {
        Token open = tokens.advance();
        if (!open.is(Token.Kind.OPEN_BRACE)) {
            throw new PatternSyntaxError("expected '{' to start a JSON filter pattern, found " + open.describe(),
                    open.position());
        }
        if (tokens.peek().is(Token.Kind.CLOSE_BRACE)) {
            throw new PatternSyntaxError("empty pattern: nothing between '{' and '}'", tokens.peek().position());
        }
        Expression expression = or();
        Token close = tokens.advance();
        if (!close.is(Token.Kind.CLOSE_BRACE)) {
            String problem = close.is(Token.Kind.CLOSE_PAREN) ? "unexpected ')' with no '(' to close"
                    : close.is(Token.Kind.END) ? "missing '}' at the end of the pattern"
                    : "expected &&, || or '}', found " + close.describe();
            throw new PatternSyntaxError(problem, close.position());
        }
        Token end = tokens.advance();
        if (!end.is(Token.Kind.END)) {
            throw new PatternSyntaxError("unexpected " + end.describe() + " after the closing '}'", end.position());
        }
        return expression;
    }

    private Expression or() {
        List<Expression> operands = new ArrayList<>();
        boolean someAndIsUnparenthesised = false;
        do {
            operands.add(and());
            someAndIsUnparenthesised |= lastAndWidth > 1;
        } while (tokens.accept(Token.Kind.OR));
        // "A || B && C" reads as "A || (B && C)"; remembered so that a difference can be blamed on precedence.
        mixesAndOrWithoutParentheses |= someAndIsUnparenthesised && operands.size() > 1;
        return Expression.anyOf(operands);
    }

    private Expression and() {
        List<Expression> operands = new ArrayList<>();
        do {
            operands.add(primary());
        } while (tokens.accept(Token.Kind.AND));
        lastAndWidth = operands.size();
        return Expression.allOf(operands);
    }

    private Expression primary() {
        Token token = tokens.peek();
        if (token.is(Token.Kind.OPEN_PAREN)) {
            return parenthesised(tokens.advance());
        }
        if (token.is(Token.Kind.WORD) && token.text().startsWith("$")) {
            Atom atom = ComparisonReader.read(tokens);
            countLimited(atom, token.position());
            return new Expression.Comparison(atom);
        }
        throw new PatternSyntaxError("expected a selector such as $.eventName or '(', found " + token.describe(),
                token.position());
    }

    /** Regular expressions and wildcard selectors are limited per pattern by CloudWatch Logs. */
    private void countLimited(Atom atom, int position) {
        if (atom.value() instanceof Value.RegexValue && ++regexes > MAX_REGEXES) {
            throw PatternSyntaxError.rejectedByCloudWatchLogs("a pattern with more than " + MAX_REGEXES
                    + " regular expressions", position);
        }
        if (atom.selector().wildcards() > 0 && ++wildcardSelectors > MAX_WILDCARD_SELECTORS) {
            throw PatternSyntaxError.rejectedByCloudWatchLogs("a pattern with more than " + MAX_WILDCARD_SELECTORS
                    + " wildcard selectors", position);
        }
    }

    private Expression parenthesised(Token open) {
        if (tokens.peek().is(Token.Kind.CLOSE_PAREN)) {
            throw new PatternSyntaxError("empty parentheses", open.position());
        }
        Expression inner = or();
        Token close = tokens.advance();
        if (!close.is(Token.Kind.CLOSE_PAREN)) {
            throw new PatternSyntaxError("missing ')' for the '(' at position " + open.position() + ", found "
                    + close.describe(), close.position());
        }
        return inner;
    }
}

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

    /** Parentheses deeper than this are rejected rather than risking the stack; real patterns nest a few levels. */
    static final int MAX_NESTING = 256;

    private final TokenStream tokens;
    private int depth;
    private int lastAndWidth;
    private boolean mixesAndOrWithoutParentheses;

    private Parser(TokenStream tokens) {
        this.tokens = tokens;
    }

    static ParsedPattern parse(String text) {
        if (text == null) {
            throw new PatternSyntaxError("there is no pattern", 1);
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
            return new Expression.Comparison(ComparisonReader.read(tokens));
        }
        throw new PatternSyntaxError("expected a selector such as $.eventName or '(', found " + token.describe(),
                token.position());
    }

    private Expression parenthesised(Token open) {
        if (++depth > MAX_NESTING) {
            throw new PatternSyntaxError("parentheses nested deeper than " + MAX_NESTING + " levels", open.position());
        }
        if (tokens.peek().is(Token.Kind.CLOSE_PAREN)) {
            throw new PatternSyntaxError("empty parentheses", open.position());
        }
        Expression inner = or();
        Token close = tokens.advance();
        if (!close.is(Token.Kind.CLOSE_PAREN)) {
            throw new PatternSyntaxError("missing ')' for the '(' at position " + open.position() + ", found "
                    + close.describe(), close.position());
        }
        depth--;
        return inner;
    }
}

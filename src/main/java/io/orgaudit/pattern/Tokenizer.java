package io.orgaudit.pattern;

import java.util.ArrayList;
import java.util.List;

/** Splits filter-pattern text into tokens, each with the position where it starts. */
final class Tokenizer {

    /** Characters that end an unquoted word (a selector, keyword or bare value). */
    private static final String WORD_ENDS = "(){}\"%&|=!<>";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int index;

    private Tokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) {
        return new Tokenizer(source).run();
    }

    private List<Token> run() {
        while (true) {
            skipWhitespace();
            if (index >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", index + 1));
                return tokens;
            }
            readToken(source.charAt(index));
        }
    }

    private void readToken(char c) {
        switch (c) {
            case '{' -> emit(Token.Kind.OPEN_BRACE, 1);
            case '}' -> emit(Token.Kind.CLOSE_BRACE, 1);
            case '(' -> emit(Token.Kind.OPEN_PAREN, 1);
            case ')' -> emit(Token.Kind.CLOSE_PAREN, 1);
            case '&' -> doubled('&', Token.Kind.AND, "a single '&' (write && for AND)");
            case '|' -> doubled('|', Token.Kind.OR, "a single '|' (write || for OR)");
            case '=' -> emit(Token.Kind.OPERATOR, 1);
            case '!' -> {
                if (!nextIs('=')) {
                    throw new PatternSyntaxError("'!' must be followed by '=' (!= is the only negation)", index + 1);
                }
                emit(Token.Kind.OPERATOR, 2);
            }
            case '<', '>' -> emit(Token.Kind.OPERATOR, nextIs('=') ? 2 : 1);
            case '"' -> quoted();
            case '%' -> regex();
            default -> word();
        }
    }

    private void doubled(char c, Token.Kind kind, String complaint) {
        if (!nextIs(c)) {
            throw new PatternSyntaxError(complaint, index + 1);
        }
        emit(kind, 2);
    }

    private void quoted() {
        int start = index;
        StringBuilder text = new StringBuilder();
        int i = index + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                tokens.add(new Token(Token.Kind.STRING, text.toString(), start + 1));
                index = i + 1;
                return;
            }
            if (c == '\\' && i + 1 < source.length()) {
                char escaped = source.charAt(i + 1);
                // Only \" and \\ are escapes; any other backslash stays literal.
                if (escaped != '"' && escaped != '\\') {
                    text.append(c);
                }
                text.append(escaped);
                i += 2;
                continue;
            }
            text.append(c);
            i++;
        }
        throw new PatternSyntaxError("unterminated string (no closing \") starting", start + 1);
    }

    private void regex() {
        int start = index;
        int end = source.indexOf('%', start + 1);
        if (end < 0) {
            throw new PatternSyntaxError("unterminated regular expression (no closing %) starting", start + 1);
        }
        if (end == start + 1) {
            throw new PatternSyntaxError("empty regular expression %%", start + 1);
        }
        tokens.add(new Token(Token.Kind.REGEX, source.substring(start + 1, end), start + 1));
        index = end + 1;
    }

    private void word() {
        int start = index;
        while (index < source.length()) {
            char c = source.charAt(index);
            if (Character.isWhitespace(c) || WORD_ENDS.indexOf(c) >= 0) {
                break;
            }
            index++;
        }
        tokens.add(new Token(Token.Kind.WORD, source.substring(start, index), start + 1));
    }

    private void emit(Token.Kind kind, int length) {
        tokens.add(new Token(kind, source.substring(index, index + length), index + 1));
        index += length;
    }

    private boolean nextIs(char c) {
        return index + 1 < source.length() && source.charAt(index + 1) == c;
    }

    private void skipWhitespace() {
        while (index < source.length() && Character.isWhitespace(source.charAt(index))) {
            index++;
        }
    }
}

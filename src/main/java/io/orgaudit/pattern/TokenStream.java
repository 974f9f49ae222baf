package io.orgaudit.pattern;

import java.util.List;

/** Cursor over the tokens of one pattern; reading past the end keeps returning the END token. */
final class TokenStream {

    private final List<Token> tokens;
    private int next;

    TokenStream(String text) {
        this.tokens = Tokenizer.tokenize(text);
    }

    Token peek() {
        return tokens.get(next);
    }

    Token advance() {
        Token token = tokens.get(next);
        if (!token.is(Token.Kind.END)) {
            next++;
        }
        return token;
    }

    /** Consumes the next token if it is of the given kind. */
    boolean accept(Token.Kind kind) {
        if (peek().is(kind)) {
            next++;
            return true;
        }
        return false;
    }
}

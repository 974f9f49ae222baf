package io.orgaudit.pattern;

/** One lexical token of a filter pattern; {@code position} is 1-based. */
record Token(Kind kind, String text, int position) {

    enum Kind { OPEN_BRACE, CLOSE_BRACE, OPEN_PAREN, CLOSE_PAREN, AND, OR, OPERATOR, WORD, STRING, REGEX, END }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equals(keyword);
    }

    /** How the token is named in an error message. */
    String describe() {
        return switch (kind) {
            case END -> "the end of the pattern";
            case STRING -> "\"" + text + "\"";
            case REGEX -> "%" + text + "%";
            default -> "'" + text + "'";
        };
    }
}

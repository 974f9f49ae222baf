package io.orgaudit.pattern;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers that turn atoms into readable English. */
final class Phrases {

    private Phrases() {
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<?> items) {
        return join(items, " and ");
    }

    /** "a", "a or b", "a, b or c". */
    static String alternatives(List<?> items) {
        return join(items, " or ");
    }

    private static String join(List<?> items, String conjunction) {
        List<String> texts = items.stream().map(String::valueOf).collect(Collectors.toList());
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + conjunction + texts.get(texts.size() - 1);
    }

    /** "the clause a" or "the clauses a and b". */
    static String clauses(List<?> atoms) {
        return (atoms.size() == 1 ? "the clause " : "the clauses ") + list(atoms);
    }

    /** One character as a reader can tell it apart: '!' for printable ASCII, else <U+00A0 NO-BREAK SPACE>. */
    static String character(int c) {
        return c != ' ' && printableAscii(c) ? "'" + (char) c + "'" : visible(new String(Character.toChars(c)));
    }

    /** A space, a letter, a digit or a symbol of ASCII: what every reader sees as written. */
    static boolean printableAscii(int c) {
        return c >= ' ' && c <= '~';
    }

    /** The text with every character outside printable ASCII named in place: "Head<U+200B ZERO WIDTH SPACE>Bucket". */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (printableAscii(c)) {
                shown.appendCodePoint(c);
            } else {
                String name = Character.getName(c);
                shown.append(String.format(java.util.Locale.ROOT, "<U+%04X", c)).append(name == null ? "" : " " + name)
                        .append('>');
            }
        });
        return shown.toString();
    }

    /** Cuts long user text for quoting in a sentence. */
    static String abbreviate(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }
}

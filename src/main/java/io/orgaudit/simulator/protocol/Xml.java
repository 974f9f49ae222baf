package io.orgaudit.simulator.protocol;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A tiny XML writer for query-protocol responses: elements, escaped text, {@code <member>} lists. */
public final class Xml {

    private final StringBuilder out = new StringBuilder();

    public Xml open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    public Xml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** A leaf element; skipped when the value is null (absent members stay absent). */
    public Xml leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        String text = value instanceof Instant instant ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : String.valueOf(value);
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    public Xml members(String name, List<String> values) {
        open(name);
        values.forEach(value -> leaf("member", value));
        return close(name);
    }

    Xml raw(String xml) {
        out.append(xml);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

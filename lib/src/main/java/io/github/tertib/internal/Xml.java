package io.github.tertib.internal;

/**
 * Escaping for XML and HTML: the one copy every writer of markup in Tertib uses.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * Returns text escaped for XML (and HTML) content and attribute values: the five specials as
     * entities, and every character XML 1.0 cannot hold (controls, lone surrogates, U+FFFE, U+FFFF)
     * replaced by U+FFFD, so that the result is well-formed and valid UTF-8 whatever the input.
     *
     * @param s the text, not null
     * @return the escaped text
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }
}

package io.github.tertib.internal;

/**
 * Makes text encodable: every writer of Tertib passes its output through here (or through
 * {@link Xml#escape}), so that a strict UTF-8 encoder accepts whatever a user typed.
 */
public final class Unicode {

    private Unicode() {
    }

    /**
     * Returns the text with every lone surrogate (half of a pair without its other half, which no UTF
     * can encode) replaced by U+FFFD, the replacement character; well-formed text is returned as it is.
     *
     * @param s the text, not null
     * @return well-formed UTF-16 text, encodable as UTF-8
     */
    public static String wellFormed(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !lone(s, i)) {
            i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        }
        if (i >= n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            if (lone(s, i)) {
                b.append('\uFFFD');
                i++;
            } else {
                int len = Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
                b.append(s, i, i + len);
                i += len;
            }
        }
        return b.toString();
    }

    private static boolean lone(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}

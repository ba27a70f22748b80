package io.github.tertib.catalog;

/** Writes values on one line, so that a scenario prints one command per line whatever the names hold. */
final class OneLine {

    private OneLine() {
    }

    /**
     * Returns the value's text with line breaks, tabs and other control characters written as Java
     * escapes, such as {@code \n} and {@code \t}.
     */
    static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isISOControl(ch)) {
                if (b != null) {
                    b.append(ch);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            b.append(switch (ch) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\u%04x", (int) ch);
            });
        }
        return b == null ? text : b.toString();
    }
}

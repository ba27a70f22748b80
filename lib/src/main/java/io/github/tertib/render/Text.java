package io.github.tertib.render;

import io.github.tertib.internal.IndonesianWords;
import io.github.tertib.sop.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The widths of text in the fonts the documents ask for (Liberation Sans, Arial
 * and Helvetica share these metrics), so that the SVG table can wrap its cells itself.
 */
final class Text {

    /** Font stack of every output: metric-compatible faces first. */
    static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";

    /** Advance widths of Helvetica, in thousandths of an em, for the characters 32 to 126. */
    private static final int[] WIDTHS = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
        278, 278, 584, 584, 584, 556, 1015, // : to @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667,
        944, 667, 667, 611, // A-Z
        278, 278, 278, 469, 556, 333, // [ to `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500,
        722, 500, 500, 500, // a-z
        334, 260, 334, 584 // { to ~
    };

    private Text() {
    }

    /** The flags of a step as the documents write them in its Keterangan: pausable, definitive-only, four eyes. */
    static List<String> flags(Step s) {
        return IndonesianWords.flags(s.isPausable(), s.isDefinitiveOnly(), s.requiresSeparateActors());
    }

    /** Collapses white space (tabs, line breaks) to single spaces, for one-line places. */
    static String oneLine(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** The width of a text in pixels at a font size. */
    static double width(String s, double size, boolean bold) {
        double units = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            units += advance(c);
        }
        return units / 1000.0 * size * (bold ? 1.09 : 1.0) * 1.03;
    }

    private static int advance(int c) {
        if (c >= 32 && c <= 126) {
            return WIDTHS[c - 32];
        }
        if (c == 0x2013) {
            return 556;
        }
        if (c == 0x2014) {
            return 1000;
        }
        if (c >= 0xC0 && c <= 0x24F) {
            String base = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFD);
            int b = base.charAt(0);
            return b >= 32 && b <= 126 ? WIDTHS[b - 32] : 611;
        }
        if (Character.isIdeographic(c) || c >= 0x1F000) {
            return 1000;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return 611;
    }

    /**
     * Wraps a text into lines no wider than {@code max} pixels: at spaces, at line breaks of the text, and
     * inside a word, with a hyphen, only when the word alone is too wide.
     */
    static List<String> wrap(String text, double max, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n")) {
            String p = paragraph.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (p.isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : p.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size, bold) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size, bold) > max && rest.length() > 1) {
                    // Only a word wider than the column alone is broken, and the break is marked with a hyphen
                    // (which must fit too) unless it falls beside punctuation.
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut) + "-", size, bold) > max) {
                        cut--;
                    }
                    if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                        cut = Math.max(1, cut - 1);
                    }
                    String piece = rest.substring(0, cut);
                    boolean inWord = Character.isLetterOrDigit(rest.codePointBefore(cut))
                            && Character.isLetterOrDigit(rest.codePointAt(cut));
                    lines.add(inWord ? piece + "-" : piece);
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** Formats a coordinate with at most one decimal, as SVG wants it (no locale, no exponent). */
    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }
}

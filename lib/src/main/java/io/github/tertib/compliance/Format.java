package io.github.tertib.compliance;

import io.github.tertib.internal.IndonesianWords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The text forms shared by the reports: durations, instants, percentages, and quoting for each output. */
final class Format {

    private Format() {
    }

    /** A duration in minutes as the SOP format writes standards, with seconds when there are any: {@code 42m 40s}. */
    static String minutes(Duration d) {
        long s = d.getSeconds();
        long m = s / 60;
        long rest = s % 60;
        return rest == 0 ? m + "m" : m + "m " + (rest < 10 ? "0" : "") + rest + "s";
    }

    static String minutes(Optional<Duration> d) {
        return d.isPresent() ? minutes(d.get()) : "-";
    }

    /** A duration as a decimal number of minutes, to the hundredth: {@code 42.67}. */
    static String decimalMinutes(Duration d) {
        long hundredths = (d.getSeconds() * 100 + 30) / 60;
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** An instant as local date and time in the zone, to the second, seconds shown when not zero: {@code 2026-03-02 08:14:03}. */
    static String local(Instant t, ZoneId zone) {
        LocalDateTime l = LocalDateTime.ofInstant(t, zone);
        StringBuilder b = new StringBuilder(19);
        b.append(l.getYear()).append('-');
        two(b, l.getMonthValue()).append('-');
        two(b, l.getDayOfMonth()).append(' ');
        two(b, l.getHour()).append(':');
        two(b, l.getMinute());
        if (l.getSecond() != 0) {
            two(b.append(':'), l.getSecond());
        }
        return b.toString();
    }

    static String local(Optional<Instant> t, ZoneId zone) {
        return t.isPresent() ? local(t.get(), zone) : "-";
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append(n < 10 ? "0" : "").append(n);
    }

    /**
     * A share as an Indonesian percentage, truncated to a tenth so that a share below a threshold never
     * prints as the threshold: {@code 60%}, {@code 89,9%}.
     */
    static String percent(double share) {
        return IndonesianWords.percent(share);
    }

    /** A share as a decimal fraction for machines, to four places: {@code 0.6}, {@code 0.8999}. */
    static String fraction(double share) {
        String s = String.format(java.util.Locale.ROOT, "%.4f", share);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Lays rows out as a text table: columns padded to their widest cell, a rule under the header. */
    static void table(StringBuilder b, List<String[]> rows, boolean[] rightAligned) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                int pad = width[c] - cell.length();
                if (rightAligned[c]) {
                    line.append(" ".repeat(pad)).append(cell);
                } else {
                    line.append(cell).append(" ".repeat(c == columns - 1 ? 0 : pad));
                }
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = 2 * (columns - 1);
                for (int w : width) {
                    total += w;
                }
                b.append("-".repeat(total)).append('\n');
            }
        }
    }

    /** Lays rows out as a Markdown pipe table; the first row is the header. */
    static void markdownTable(StringBuilder b, List<String[]> rows, boolean[] rightAligned) {
        for (int r = 0; r < rows.size(); r++) {
            b.append('|');
            for (String cell : rows.get(r)) {
                b.append(' ').append(markdown(cell)).append(" |");
            }
            b.append('\n');
            if (r == 0) {
                b.append('|');
                for (boolean right : rightAligned) {
                    b.append(right ? "---:|" : "---|");
                }
                b.append('\n');
            }
        }
    }

    /** A table cell for Markdown: pipes, backslashes and the characters of emphasis, headings, strike-through, links and HTML escaped, lines joined. */
    static String markdown(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '#', '~' -> b.append('\\').append(c);
                case '\r' -> { }
                case '\n' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A field for CSV (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. */
    static String csv(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

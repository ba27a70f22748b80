package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.TertibParseException;
import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The text form of a {@link Roster}: comma-separated values as a spreadsheet or a SIMPEG export
 * writes them (RFC 4180: a field with a comma, a double quote or a line break is quoted, and a quote
 * inside is doubled). Stateless.
 */
final class RosterText {

    private static final String[] COLUMNS = Roster.COLUMNS.split(",");
    private static final int PERSON = 0;
    private static final int NAME = 1;
    private static final int ROLE_ID = 2;
    private static final int ROLE_TITLE = 3;
    private static final int CAPACITY = 4;
    private static final int DECREE = 5;
    private static final int FROM = 6;
    private static final int UNTIL = 7;
    private static final int ENDED = 8;

    private RosterText() {
    }

    static String format(Roster roster) {
        StringBuilder b = new StringBuilder(Roster.HEADER).append('\n').append(Roster.COLUMNS).append('\n');
        Set<String> written = new HashSet<>();
        for (RosterEntry e : roster.entries()) {
            Person p = roster.person(e.personId()).orElseThrow();
            written.add(p.id());
            row(b, p.id(), p.name(), e.role().id(), e.role().title(), e.capacity().name().toLowerCase(
                    java.util.Locale.ROOT), e.decree(), e.from().toString(),
                    e.until().map(Instant::toString).orElse(""), e.ended().map(Instant::toString).orElse(""));
        }
        for (Person p : roster.persons()) {
            if (!written.contains(p.id())) {
                row(b, p.id(), p.name(), "", "", "", "", "", "", "");
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        b.append('\n');
    }

    /** One record of the text: its fields, where each begins, and the line it begins on. */
    private record Row(List<String> fields, List<Integer> starts, int line) {
    }

    static Roster parse(String text) {
        List<Row> rows = rows(text);
        if (rows.isEmpty() || !rows.get(0).fields().equals(List.of(Roster.HEADER))) {
            String first = rows.isEmpty() ? "" : String.join(",", rows.get(0).fields());
            throw new TertibParseException("line 1 of the roster: a roster starts with the line \"" + Roster.HEADER
                    + "\", not \"" + shortened(first) + "\"", text, 0);
        }
        if (rows.size() < 2 || !rows.get(1).fields().equals(List.of(COLUMNS))) {
            int at = rows.size() < 2 ? text.length() : rows.get(1).starts().get(0);
            throw new TertibParseException("line 2 of the roster: the second line names the columns, \"" + Roster.COLUMNS
                    + "\"", text, at);
        }
        Roster.Builder builder = Roster.builder();
        Map<RosterEntry, Row> rowOf = new IdentityHashMap<>();
        for (Row row : rows.subList(2, rows.size())) {
            List<String> f = row.fields();
            if (f.size() != COLUMNS.length) {
                throw new TertibParseException("line " + row.line() + " of the roster: expected " + COLUMNS.length
                        + " comma-separated columns (" + String.join(", ", COLUMNS) + "), found " + f.size(), text,
                        row.starts().get(0));
            }
            try {
                builder.person(f.get(PERSON), f.get(NAME));
            } catch (IllegalArgumentException e) {
                throw fail(text, row, PERSON, e.getMessage(), e);
            }
            if (f.subList(ROLE_ID, COLUMNS.length).stream().allMatch(String::isEmpty)) {
                continue;
            }
            RosterEntry entry = entry(text, row);
            try {
                builder.add(entry);
            } catch (IllegalArgumentException e) {
                throw fail(text, row, DECREE, e.getMessage(), e);
            }
            rowOf.put(builder.entries().get(builder.entries().size() - 1), row);
        }
        RosterEntry[] overlap = Roster.firstOverlap(builder.entries());
        if (overlap != null) {
            Row earlier = rowOf.get(overlap[0]);
            Row later = rowOf.get(overlap[1]);
            throw fail(text, later, FROM, Roster.overlapSentence(overlap) + " (lines " + earlier.line() + " and "
                    + later.line() + ")", null);
        }
        return builder.build();
    }

    private static RosterEntry entry(String text, Row row) {
        List<String> f = row.fields();
        Role role;
        try {
            role = Role.of(f.get(ROLE_ID), f.get(ROLE_TITLE));
        } catch (IllegalArgumentException e) {
            throw fail(text, row, ROLE_ID, e.getMessage(), e);
        }
        Capacity capacity = switch (f.get(CAPACITY)) {
            case "definitive" -> Capacity.DEFINITIVE;
            case "plt" -> Capacity.PLT;
            case "plh" -> Capacity.PLH;
            default -> throw fail(text, row, CAPACITY, "the capacity \"" + shortened(f.get(CAPACITY))
                    + "\" is not one of definitive, plt, plh", null);
        };
        Instant from = instant(text, row, FROM).orElseThrow(() -> fail(text, row, FROM, "the from column is empty,"
                + " but every entry begins somewhere: give its first instant, such as 2026-03-01T00:00:00Z", null));
        Optional<Instant> until = instant(text, row, UNTIL);
        Optional<Instant> ended = instant(text, row, ENDED);
        try {
            return new RosterEntry(f.get(PERSON), role, capacity, f.get(DECREE), from, until, ended);
        } catch (IllegalArgumentException e) {
            int column = f.get(DECREE).isBlank() ? DECREE : ended.isPresent() ? ENDED : UNTIL;
            throw fail(text, row, column, e.getMessage(), e);
        }
    }

    private static Optional<Instant> instant(String text, Row row, int column) {
        String s = row.fields().get(column);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Instant t;
        try {
            t = Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw fail(text, row, column, "the " + COLUMNS[column] + " column \"" + shortened(s) + "\" is not an"
                    + " instant such as 2026-03-01T00:00:00Z or 2026-03-01T00:00:00+07:00 (ISO-8601, with Z or an"
                    + " offset)", e);
        }
        if (!Instants.inRange(t)) {
            throw fail(text, row, column, "the " + COLUMNS[column] + " column \"" + shortened(s) + "\" is outside the"
                    + " range Tertib accepts, " + Instants.MIN + " to " + Instants.MAX, null);
        }
        return Optional.of(t);
    }

    private static TertibParseException fail(String text, Row row, int column, String reason, Throwable cause) {
        return new TertibParseException("line " + row.line() + " of the roster, column " + COLUMNS[column] + ": "
                + reason, text, row.starts().get(Math.min(column, row.starts().size() - 1)), cause);
    }

    /** Splits the text into records of fields (RFC 4180), skipping empty lines and lines starting with #. */
    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '#' && rows.size() >= 2) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
                line++;
                continue;
            }
            int rowLine = line;
            List<String> fields = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean more = true;
            while (more) {
                starts.add(i);
                f.setLength(0);
                if (i < n && text.charAt(i) == '"') {
                    int open = i++;
                    while (true) {
                        if (i >= n) {
                            throw new TertibParseException("line " + rowLine + " of the roster: a quoted field is not"
                                    + " closed; end it with \"", text, open);
                        }
                        char q = text.charAt(i++);
                        if (q == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                f.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (q == '\n') {
                                line++;
                            }
                            f.append(q);
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new TertibParseException("line " + line + " of the roster: a quoted field is followed by"
                                + " \"" + text.charAt(i) + "\"; after the closing quote comes a comma or the end of"
                                + " the line", text, i);
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        char u = text.charAt(i++);
                        if (u == '"') {
                            throw new TertibParseException("line " + line + " of the roster: a double quote inside an"
                                    + " unquoted field; quote the whole field and double the quote", text, i - 1);
                        }
                        f.append(u);
                    }
                }
                fields.add(f.toString());
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    more = false;
                }
            }
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n') {
                i++;
            }
            line++;
            rows.add(new Row(List.copyOf(fields), List.copyOf(starts), rowLine));
        }
        return rows;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}

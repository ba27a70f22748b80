package io.github.tertib.time;

import io.github.tertib.TertibException;
import io.github.tertib.TertibParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A set of {@link Holiday}s and the years it covers: the days a {@link WorkCalendar} does not work.
 *
 * <p>{@link #indonesia()} is the libur nasional and cuti bersama of 2025 and 2026, read from a CSV
 * resource in the jar, each with its decree. Decrees are amended mid-year, so a host application reads
 * its own file with {@link #parseCsv(String)} and {@link #merge merges} it: the later set wins on every
 * date it lists, and {@link #without(LocalDate)} removes a date that was moved.
 *
 * <pre>{@code
 * Holidays office = Holidays.indonesia().merge(Holidays.parseCsv("""
 *         date,type,name,legal_basis
 *         2026-07-17,LOCAL,"Libur lokal, contoh",Keputusan Kepala Dinas No. 1/2026 (contoh)
 *         """));
 * office.lastYear();                                         // Optional[2026]
 * office.on(LocalDate.of(2026, 7, 17)).get(0).legalBasis();  // "Keputusan Kepala Dinas No. 1/2026 (contoh)"
 * }</pre>
 *
 * <p><b>Coverage.</b> A set covers every year from the first to the last year of its entries; it may
 * not skip a year in between, since a year without any entry would silently read as holiday-free. A
 * calendar refuses to answer about dates outside the covered years (see {@link WorkCalendar}).
 *
 * <p>Immutable and thread-safe; equal when the entries are equal.
 */
public final class Holidays {

    private static final String HEADER = "date,type,name,legal_basis";
    private static final Holidays NONE = new Holidays(new TreeMap<>());

    private final NavigableMap<LocalDate, List<Holiday>> byDate;

    private Holidays(NavigableMap<LocalDate, List<Holiday>> byDate) {
        TreeSet<Integer> years = new TreeSet<>();
        for (LocalDate d : byDate.keySet()) {
            years.add(d.getYear());
        }
        if (!years.isEmpty() && years.last() - years.first() + 1 != years.size()) {
            List<Integer> missing = new ArrayList<>();
            for (int y = years.first(); y <= years.last(); y++) {
                if (!years.contains(y)) {
                    missing.add(y);
                }
            }
            throw new IllegalArgumentException("the holidays cover " + years.first() + " to " + years.last()
                    + " but have nothing for " + join(missing) + ": add the holidays of " + join(missing)
                    + ", or keep data of distant years in separate sets, since a year without entries would read"
                    + " as a year without holidays");
        }
        this.byDate = Collections.unmodifiableNavigableMap(byDate);
    }

    private static String join(List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            sb.append(i == 0 ? "" : i == years.size() - 1 ? " and " : ", ").append(years.get(i));
        }
        return sb.toString();
    }

    /**
     * Returns the empty set: no holidays and no covered years, so a calendar with it answers for any date.
     *
     * @return the empty set
     */
    public static Holidays none() {
        return NONE;
    }

    /**
     * Returns the Indonesian libur nasional and cuti bersama of 2025 and 2026 (17 + 11 and 17 + 8 days),
     * with the joint decrees (SKB) that set them, including the amendment of 7 August 2025 that added cuti
     * bersama on 18 August 2025. The data is the resource {@code io/github/tertib/time/holidays-id.csv}.
     *
     * @return the built-in Indonesian holidays, covering 2025 to 2026
     */
    public static Holidays indonesia() {
        return Indonesia.DATA;
    }

    private static final class Indonesia {
        static final Holidays DATA = load();

        private static Holidays load() {
            InputStream in = Holidays.class.getResourceAsStream("holidays-id.csv");
            if (in == null) {
                throw new TertibException("the built-in holiday data io/github/tertib/time/holidays-id.csv is missing"
                        + " from the jar: rebuild Tertib, or read the data with Holidays.parseCsv");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parseCsv(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in holiday data", e);
            }
        }
    }

    /**
     * Returns a set of the given holidays.
     *
     * @param holidays the holidays; several may share a date
     * @return the set
     * @throws IllegalArgumentException if the holidays skip a year between their first and last year
     */
    public static Holidays of(Holiday... holidays) {
        Objects.requireNonNull(holidays, "holidays");
        return of(Arrays.asList(holidays));
    }

    /**
     * Returns a set of the given holidays.
     *
     * @param holidays the holidays; several may share a date
     * @return the set
     * @throws IllegalArgumentException if the holidays skip a year between their first and last year
     */
    public static Holidays of(Collection<Holiday> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        NavigableMap<LocalDate, List<Holiday>> map = new TreeMap<>();
        for (Holiday h : holidays) {
            Objects.requireNonNull(h, "holiday");
            map.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h);
        }
        map.replaceAll((d, list) -> List.copyOf(list));
        return new Holidays(map);
    }

    /**
     * Reads holidays from CSV text with the header {@code date,type,name,legal_basis}.
     *
     * <p>Dates are ISO ({@code 2026-03-20}); types are {@code LIBUR_NASIONAL}, {@code CUTI_BERSAMA} or
     * {@code LOCAL}. A field may be quoted ({@code "…"}, a quote inside written {@code ""}); the legal basis,
     * the last column, may also contain commas unquoted. Blank lines and lines starting with {@code #} are
     * skipped.
     *
     * @param csv the CSV text
     * @return the holidays it lists
     * @throws TertibParseException listing every malformed line, with its number and what is wrong; its
     *     {@code line()} is that of the first
     */
    public static Holidays parseCsv(String csv) {
        Objects.requireNonNull(csv, "csv");
        return parseCsv(new StringReader(csv));
    }

    /**
     * Reads holidays from CSV with the header {@code date,type,name,legal_basis}, as
     * {@link #parseCsv(String)} does. The reader is read to its end and not closed.
     *
     * @param csv the CSV source
     * @return the holidays it lists
     * @throws TertibParseException listing every malformed line, with its number and what is wrong; its
     *     {@code line()} is that of the first
     * @throws UncheckedIOException if reading fails
     */
    public static Holidays parseCsv(Reader csv) {
        Objects.requireNonNull(csv, "csv");
        List<Holiday> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        boolean headerSeen = false;
        int lineNo = 0;
        // The text as read, lines ended by LF, so that the exception can say where the first problem is.
        StringBuilder text = new StringBuilder();
        int firstError = -1;
        try {
            for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                lineNo++;
                int lineStart = text.length();
                text.append(raw).append('\n');
                String line = lineNo == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!trimmed.replaceAll("\\s*,\\s*", ",").toLowerCase(Locale.ROOT).equals(HEADER)) {
                        errors.add("line " + lineNo + ": the header is \"" + trimmed + "\"; the first line must be \""
                                + HEADER + "\"");
                        firstError = lineStart;
                        break;
                    }
                    continue;
                }
                try {
                    out.add(row(line));
                } catch (IllegalArgumentException e) {
                    errors.add("line " + lineNo + ": " + e.getMessage());
                    firstError = firstError < 0 ? lineStart : firstError;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holidays CSV after line " + lineNo, e);
        }
        if (!headerSeen) {
            errors.add("the text is empty: it must start with the header \"" + HEADER + "\"");
        }
        if (!errors.isEmpty()) {
            throw new TertibParseException("the holidays CSV has " + (errors.size() == 1 ? "a problem" : errors.size()
                    + " problems") + ", so none of it was read:\n  " + String.join("\n  ", errors), text,
                    Math.max(0, firstError));
        }
        return of(out);
    }

    private static Holiday row(String line) {
        List<String> fields = fields(line);
        if (fields.size() != 4) {
            throw new IllegalArgumentException("it has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s")
                    + " but needs 4: " + HEADER + " (quote a name that contains a comma)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the date \"" + fields.get(0)
                    + "\" is not a valid date: write it as YYYY-MM-DD, such as 2026-03-20");
        }
        HolidayType type;
        try {
            type = HolidayType.valueOf(fields.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the type \"" + fields.get(1)
                    + "\" is not one of LIBUR_NASIONAL, CUTI_BERSAMA, LOCAL");
        }
        return new Holiday(date, type, fields.get(2), fields.get(3));
    }

    /** Splits one CSV line: quoted fields as in RFC 4180; the unquoted last field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(4);
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted field is not closed: end it with a \" (a quote"
                                + " inside a field is written \"\")");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                fields.add(sb.toString().strip());
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i == n) {
                    return fields;
                }
                if (line.charAt(i) != ',') {
                    throw new IllegalArgumentException("there is text after the closing quote of field "
                            + fields.size() + ": put a comma after the quote");
                }
                i++;
            } else if (fields.size() == 3) {
                fields.add(line.substring(i).strip());
                return fields;
            } else {
                int comma = line.indexOf(',', i);
                if (comma < 0) {
                    fields.add(line.substring(i).strip());
                    return fields;
                }
                fields.add(line.substring(i, comma).strip());
                i = comma + 1;
            }
        }
    }

    /**
     * Returns this set with the holidays of {@code later} added; on every date that {@code later} lists,
     * its entries replace this set's entries (an amending decree wins over the one it amends).
     *
     * @param later the holidays that take precedence
     * @return the merged set
     * @throws IllegalArgumentException if the merged set would skip a year
     */
    public Holidays merge(Holidays later) {
        Objects.requireNonNull(later, "later");
        NavigableMap<LocalDate, List<Holiday>> map = new TreeMap<>(byDate);
        map.putAll(later.byDate);
        return new Holidays(map);
    }

    /**
     * Returns this set without the holidays of one date, for a day off that a decree moved or cancelled.
     * The covered years do not change unless the date was the only entry of its year.
     *
     * @param date the date to remove
     * @return the set without that date
     */
    public Holidays without(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!byDate.containsKey(date)) {
            return this;
        }
        NavigableMap<LocalDate, List<Holiday>> map = new TreeMap<>(byDate);
        map.remove(date);
        return new Holidays(map);
    }

    /**
     * Returns the holidays on a date, in the order given.
     *
     * @param date the date
     * @return its holidays; empty if it is not a holiday
     */
    public List<Holiday> on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return byDate.getOrDefault(date, List.of());
    }

    /**
     * Returns every holiday, by date.
     *
     * @return the holidays, unmodifiable
     */
    public List<Holiday> all() {
        List<Holiday> all = new ArrayList<>();
        byDate.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Returns the dates that have holidays, in order. */
    NavigableMap<LocalDate, List<Holiday>> byDate() {
        return byDate;
    }

    /**
     * Returns whether the set has no holidays (and so covers no year).
     *
     * @return true for an empty set
     */
    public boolean isEmpty() {
        return byDate.isEmpty();
    }

    /**
     * Returns the first year the set covers: the year of its earliest holiday.
     *
     * @return the first covered year; empty for an empty set
     */
    public Optional<Year> firstYear() {
        return isEmpty() ? Optional.empty() : Optional.of(Year.of(byDate.firstKey().getYear()));
    }

    /**
     * Returns the last year the set covers: the year of its latest holiday.
     *
     * @return the last covered year; empty for an empty set
     */
    public Optional<Year> lastYear() {
        return isEmpty() ? Optional.empty() : Optional.of(Year.of(byDate.lastKey().getYear()));
    }

    /**
     * Returns whether the set says something about a date: whether the date lies in a covered year.
     *
     * @param date the date
     * @return true if the date's year is between the first and last covered years
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !isEmpty() && date.getYear() >= byDate.firstKey().getYear()
                && date.getYear() <= byDate.lastKey().getYear();
    }

    /**
     * Returns the set as CSV text with the header {@code date,type,name,legal_basis}, which
     * {@link #parseCsv(String)} reads back into an equal set.
     *
     * @return the CSV text, one line per holiday, each ending with a newline
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (List<Holiday> list : byDate.values()) {
            for (Holiday h : list) {
                sb.append(h.date()).append(',').append(h.type()).append(',').append(quoted(h.name())).append(',')
                        .append(quoted(h.legalBasis())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holidays h && h.byDate.equals(byDate);
    }

    @Override
    public int hashCode() {
        return byDate.hashCode();
    }

    /** Returns a summary such as {@code Holidays[53 dates, 2025-2026]}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "Holidays[none]";
        }
        return "Holidays[" + byDate.size() + " dates, " + byDate.firstKey().getYear() + "-"
                + byDate.lastKey().getYear() + "]";
    }
}

package io.github.tertib.sop;

import io.github.tertib.TertibParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Waktu of a step's Mutu Baku: an amount (or a range of amounts) of a unit, kept with the text as
 * written, such as {@code "15 Menit"}, {@code "5 Hari Kerja"} or {@code "15-30 Menit"}.
 *
 * <p>The text is read case-insensitively. Units: Menit (also mnt), Jam, Hari, Hari Kerja, Minggu
 * (also Pekan), Bulan. A range ({@code 15-30}, {@code 15 – 30}, {@code 15 s.d. 30}, {@code 15 s/d 30},
 * {@code 15 sampai 30}) keeps both bounds; {@link #duration()} is the upper bound.
 *
 * <p>How a standard counts against a case depends on the office's working time, so the compliance
 * report reads it through a {@code TimePolicy} (package {@code io.github.tertib.time}). The
 * {@link #duration()} here is only the <em>nominal</em> reading used for sums such as an SOP's nominal
 * standard time: minutes and hours exactly, a working day as 480 minutes (the format's rule of thumb),
 * a day as 24 hours, a week as 7 days, a month as 30 days.
 *
 * <pre>{@code
 * TimeStandard t = TimeStandard.parse("15-30 Menit");
 * t.amount();    // 15
 * t.maxAmount(); // 30
 * t.duration();  // PT30M
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when bounds, unit and text are equal.
 */
public final class TimeStandard {

    /** The unit of a time standard, with the Indonesian word that names it. */
    public enum Unit {
        /** Menit. */
        MINUTES("Menit", Duration.ofMinutes(1)),
        /** Jam. */
        HOURS("Jam", Duration.ofHours(1)),
        /** Hari: a day; read nominally as 24 hours. */
        DAYS("Hari", Duration.ofDays(1)),
        /** Hari Kerja: a working day; read nominally as 480 minutes, the format's rule of thumb. */
        WORKING_DAYS("Hari Kerja", Duration.ofMinutes(480)),
        /** Minggu (or Pekan): a week; read nominally as 7 days. */
        WEEKS("Minggu", Duration.ofDays(7)),
        /** Bulan: a month; read nominally as 30 days. */
        MONTHS("Bulan", Duration.ofDays(30));

        private final String word;
        private final Duration nominal;

        Unit(String word, Duration nominal) {
            this.word = word;
            this.nominal = nominal;
        }

        /** Returns the Indonesian word for the unit as Tertib writes it, such as {@code Menit}. */
        public String word() {
            return word;
        }

        /** Returns the nominal length of one unit: the reading {@link TimeStandard#duration()} uses. */
        public Duration nominal() {
            return nominal;
        }

        /** Returns whether the unit counts days or longer (Hari, Hari Kerja, Minggu, Bulan). */
        public boolean isDayBased() {
            return this != MINUTES && this != HOURS;
        }
    }

    /** The largest amount accepted: 1,000,000 of any unit is far beyond any real SOP. */
    public static final long MAX_AMOUNT = 1_000_000;

    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,9})(?:\\s*(?:-|\u2013|\u2014|s\\.\\s?d\\.?|s/d|sd|sampai(?:\\s+dengan)?)\\s*(\\d{1,9}))?\\s*"
                    + "(menit|mnt|jam|hari\\s+kerja|hari|minggu|pekan|bulan)\\.?");

    private final long amount;
    private final long maxAmount;
    private final Unit unit;
    private final String text;

    private TimeStandard(long amount, long maxAmount, Unit unit, String text) {
        this.amount = amount;
        this.maxAmount = maxAmount;
        this.unit = unit;
        this.text = text;
    }

    /**
     * Reads a time standard as an SOP writes it, such as {@code "15 Menit"} or {@code "1-2 Hari Kerja"}.
     *
     * @param text the Waktu cell
     * @return the standard, keeping {@code text} as written (trimmed)
     * @throws TertibParseException if the text is not one of the forms above, or its amounts are out of
     *     range or reversed; the message quotes it
     */
    public static TimeStandard parse(String text) {
        Objects.requireNonNull(text, "text");
        String written = text.strip();
        Matcher m = FORM.matcher(written.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TertibParseException("cannot read the time standard \"" + text + "\": write an amount and a"
                    + " unit, such as \"15 Menit\", \"1 Jam\", \"2 Hari\", \"5 Hari Kerja\", \"1 Minggu\", \"1 Bulan\""
                    + " or a range \"15-30 Menit\"", text, 0);
        }
        long low = Long.parseLong(m.group(1));
        long high = m.group(2) == null ? low : Long.parseLong(m.group(2));
        Unit unit = unitOf(m.group(3));
        String problem = problem(low, high, unit, text);
        if (problem != null) {
            throw new TertibParseException(problem, text, text.indexOf(written));
        }
        return new TimeStandard(low, high, unit, written);
    }

    /**
     * Returns a standard of a whole number of minutes, written {@code "N Menit"}.
     *
     * @param duration a duration of whole minutes, not negative
     * @return the standard
     * @throws IllegalArgumentException if the duration is negative or not whole minutes
     */
    public static TimeStandard of(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("a time standard of " + duration + " is not valid: give a whole,"
                    + " non-negative number of minutes, such as Duration.ofMinutes(15)");
        }
        return of(duration.toMinutes(), Unit.MINUTES);
    }

    /**
     * Returns a standard of {@code amount} units, written as Tertib writes it ({@code "2 Hari Kerja"}).
     *
     * @param amount the amount, from 0 to {@link #MAX_AMOUNT}
     * @param unit the unit
     * @return the standard
     */
    public static TimeStandard of(long amount, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        String text = amount + " " + unit.word();
        check(amount, amount, unit, text);
        return new TimeStandard(amount, amount, unit, text);
    }

    /**
     * Returns a range standard, written {@code "min-max Unit"}.
     *
     * @param min the lower bound, from 0
     * @param max the upper bound, not less than {@code min}, at most {@link #MAX_AMOUNT}
     * @param unit the unit
     * @return the standard
     */
    public static TimeStandard range(long min, long max, Unit unit) {
        Objects.requireNonNull(unit, "unit");
        String text = min == max ? min + " " + unit.word() : min + "-" + max + " " + unit.word();
        check(min, max, unit, text);
        return new TimeStandard(min, max, unit, text);
    }

    private static void check(long low, long high, Unit unit, String text) {
        String problem = problem(low, high, unit, text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with the bounds of a standard, or null when nothing is. */
    private static String problem(long low, long high, Unit unit, String text) {
        if (low < 0 || high > MAX_AMOUNT) {
            return "the time standard \"" + text + "\" is out of range: amounts go from 0 to " + MAX_AMOUNT + " "
                    + unit.word();
        }
        if (high < low) {
            return "the time standard \"" + text + "\" has its bounds reversed: write the smaller amount first, as in \""
                    + high + "-" + low + " " + unit.word() + "\"";
        }
        return null;
    }

    private static Unit unitOf(String word) {
        return switch (word.replaceAll("\\s+", " ")) {
            case "menit", "mnt" -> Unit.MINUTES;
            case "jam" -> Unit.HOURS;
            case "hari" -> Unit.DAYS;
            case "hari kerja" -> Unit.WORKING_DAYS;
            case "minggu", "pekan" -> Unit.WEEKS;
            default -> Unit.MONTHS;
        };
    }

    /** Returns the amount, or the lower bound of a range. */
    public long amount() {
        return amount;
    }

    /** Returns the upper bound of a range, or the amount. */
    public long maxAmount() {
        return maxAmount;
    }

    /** Returns whether the standard is a range with two different bounds. */
    public boolean isRange() {
        return maxAmount != amount;
    }

    /** Returns the unit. */
    public Unit unit() {
        return unit;
    }

    /** Returns the text as written, trimmed, such as {@code "15 Menit"}. */
    public String text() {
        return text;
    }

    /** Returns the nominal length of the upper bound (see the class comment for how units are read). */
    public Duration duration() {
        return unit.nominal().multipliedBy(maxAmount);
    }

    /** Returns the nominal length of the lower bound. */
    public Duration minDuration() {
        return unit.nominal().multipliedBy(amount);
    }

    /** Returns whether the upper bound is more than zero. */
    public boolean isPositive() {
        return maxAmount > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeStandard t && t.amount == amount && t.maxAmount == maxAmount && t.unit == unit
                && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, maxAmount, unit, text);
    }

    /** Returns the text as written. */
    @Override
    public String toString() {
        return text;
    }
}

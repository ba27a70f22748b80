package io.github.tertib.time;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open stretch of working hours within a day, such as {@code 07:30-12:00}: work starts at
 * {@code start} and stops just before {@code end}.
 *
 * <p>An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (written {@code 24:00}), so
 * {@code 00:00-24:00} is the whole day. Times are whole seconds. Otherwise {@code start} must be before
 * {@code end}.
 *
 * <pre>{@code
 * WorkingInterval morning = WorkingInterval.parse("07:30-12:00");
 * morning.duration();                                   // PT4H30M
 * WorkingInterval night = WorkingInterval.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
 * night.toString();                                     // "22:00-24:00"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first working instant of the interval, local time
 * @param end the local time at which work stops; {@code 00:00} means the end of the day
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    /**
     * Creates an interval, checking that it is not empty and lies on whole seconds.
     *
     * @param start where work starts
     * @param end where work stops; {@link LocalTime#MIDNIGHT} for the end of the day
     * @throws IllegalArgumentException if {@code start} is not before {@code end} (unless {@code end} is
     *     midnight, the end of the day) or either time has a fraction of a second
     */
    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw new IllegalArgumentException("the working interval " + text(start, end)
                    + " has a fraction of a second: working hours are whole seconds, such as 07:30 or 07:30:15");
        }
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("the working interval " + text(start, end)
                    + " does not start before it ends: write the earlier time first, and 24:00 for the end of the day");
        }
    }

    /**
     * Returns the interval from {@code start} to {@code end}; an {@code end} of midnight means the end of
     * the day.
     *
     * @param start where work starts
     * @param end where work stops; {@link LocalTime#MIDNIGHT} for the end of the day
     * @return the interval
     */
    public static WorkingInterval of(LocalTime start, LocalTime end) {
        return new WorkingInterval(start, end);
    }

    /**
     * Reads an interval written {@code HH:mm-HH:mm} (seconds optional, {@code 24:00} for the end of the
     * day), such as {@code "13:00-16:30"}.
     *
     * @param text the interval
     * @return the interval
     * @throws IllegalArgumentException if the text is not of that form; the message quotes it
     */
    public static WorkingInterval parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int dash = s.indexOf('-');
        if (dash < 0 || s.indexOf('-', dash + 1) >= 0) {
            throw new IllegalArgumentException("cannot read the working interval \"" + text
                    + "\": write it as start-end, such as \"07:30-12:00\"");
        }
        String from = s.substring(0, dash).strip();
        String to = s.substring(dash + 1).strip();
        try {
            LocalTime end = to.equals("24:00") || to.equals("24:00:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to);
            return new WorkingInterval(LocalTime.parse(from), end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read the working interval \"" + text
                    + "\": write the times as HH:mm (or HH:mm:ss), such as \"07:30-12:00\"", e);
        }
    }

    /**
     * Returns how long the interval lasts on a day without a clock change.
     *
     * @return the length, from one second to 24 hours
     */
    public Duration duration() {
        return Duration.ofSeconds(endSecond() - startSecond());
    }

    /** Returns the start as seconds after midnight. */
    int startSecond() {
        return start.toSecondOfDay();
    }

    /** Returns the end as seconds after midnight, 86,400 for the end of the day. */
    int endSecond() {
        return end.equals(LocalTime.MIDNIGHT) ? 86_400 : end.toSecondOfDay();
    }

    /** Returns whether this interval and {@code other} share a working instant. */
    boolean overlaps(WorkingInterval other) {
        return startSecond() < other.endSecond() && other.startSecond() < endSecond();
    }

    /** Returns the interval as {@code HH:mm-HH:mm}, with {@code 24:00} for the end of the day. */
    @Override
    public String toString() {
        return text(start, end);
    }

    private static String text(LocalTime start, LocalTime end) {
        return start + "-" + (LocalTime.MIDNIGHT.equals(end) ? "24:00" : String.valueOf(end));
    }
}

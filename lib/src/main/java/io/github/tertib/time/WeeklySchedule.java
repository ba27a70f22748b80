package io.github.tertib.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The working hours of each day of the week: zero or more {@link WorkingInterval}s per weekday, so that
 * breaks are the gaps between them.
 *
 * <p>Presets: {@link #asn()}, the common schedule of government offices under Perpres No. 21 Tahun
 * 2023; {@link #ramadan()}, its common Ramadan variant; {@link #continuous()}, every hour of every day.
 * Intervals on one day may touch but not overlap, and a schedule must have some working time.
 *
 * <pre>{@code
 * WeeklySchedule shifts = WeeklySchedule.builder()
 *         .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, "08:00-12:00", "13:00-16:00")
 *         .on(DayOfWeek.FRIDAY, "08:00-11:00")
 *         .build();
 * shifts.workingTimePerWeek();                  // PT31H
 * WeeklySchedule same = WeeklySchedule.parse(shifts.toString());
 * }</pre>
 *
 * <p>The text form, read by {@link #parse(String)} and written by {@link #toString()}, lists days or
 * ranges of days with their intervals: {@code "MON-THU 07:30-12:00 13:00-16:00; FRI 07:30-11:30 13:00-16:30"}.
 *
 * <p>Immutable and thread-safe; equal when every day has the same intervals.
 */
public final class WeeklySchedule {

    private static final WeeklySchedule ASN = builder()
            .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, "07:30-12:00", "13:00-16:00")
            .on(DayOfWeek.FRIDAY, "07:30-11:30", "13:00-16:30")
            .build();
    private static final WeeklySchedule RAMADAN = builder()
            .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, "08:00-12:00", "12:30-15:00")
            .on(DayOfWeek.FRIDAY, "08:00-11:30", "12:30-15:30")
            .build();
    private static final WeeklySchedule CONTINUOUS = builder()
            .on(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, "00:00-24:00")
            .build();

    private final Map<DayOfWeek, List<WorkingInterval>> days;

    private WeeklySchedule(Map<DayOfWeek, List<WorkingInterval>> days) {
        this.days = days;
    }

    /**
     * Returns the common schedule of government offices under Perpres No. 21 Tahun 2023: Monday to
     * Thursday 07:30-12:00 and 13:00-16:00, Friday 07:30-11:30 and 13:00-16:30; 450 minutes a day, 2,250
     * a week.
     *
     * @return the ASN schedule
     */
    public static WeeklySchedule asn() {
        return ASN;
    }

    /**
     * Returns the common Ramadan schedule: Monday to Thursday 08:00-12:00 and 12:30-15:00, Friday
     * 08:00-11:30 and 12:30-15:30; 390 minutes a day, 32 hours 30 minutes a week. Ramadan's dates change
     * every year: apply it with {@link WorkCalendar#withOverride}.
     *
     * @return the Ramadan schedule
     */
    public static WeeklySchedule ramadan() {
        return RAMADAN;
    }

    /**
     * Returns the schedule in which every day works from 00:00 to 24:00.
     *
     * @return the round-the-clock schedule
     */
    public static WeeklySchedule continuous() {
        return CONTINUOUS;
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder; {@link Builder#build()} checks the result
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the schedule with the given intervals per day; days not in the map do not work.
     *
     * @param intervals the working intervals of each working day
     * @return the schedule
     * @throws IllegalArgumentException if intervals of a day overlap or there is no working time at all
     */
    public static WeeklySchedule of(Map<DayOfWeek, ? extends Collection<WorkingInterval>> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        Builder b = builder();
        intervals.forEach((day, list) -> {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(list, "intervals of " + day);
            list.forEach(i -> b.on(day, i));
        });
        return b.build();
    }

    /**
     * Reads the text form written by {@link #toString()}: entries separated by {@code ;}, each a day
     * ({@code MON} or {@code MONDAY}) or a range of days ({@code MON-THU}) followed by its intervals.
     *
     * @param text such as {@code "MON-THU 07:30-12:00 13:00-16:00; FRI 07:30-11:30 13:00-16:30"}
     * @return the schedule
     * @throws IllegalArgumentException if an entry cannot be read, or the schedule it describes is invalid
     */
    public static WeeklySchedule parse(String text) {
        Objects.requireNonNull(text, "text");
        Builder b = builder();
        for (String entry : text.split("[;\\n]")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] tokens = e.split("[\\s,]+");
            if (tokens.length < 2) {
                throw new IllegalArgumentException("cannot read \"" + e + "\" in the weekly schedule \"" + text
                        + "\": write a day or days and their hours, such as \"MON-THU 07:30-12:00 13:00-16:00\"");
            }
            String[] range = tokens[0].split("-");
            if (range.length > 2) {
                throw new IllegalArgumentException("cannot read the days \"" + tokens[0]
                        + "\" in the weekly schedule: write one day or a range such as MON-THU");
            }
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            String[] hours = new String[tokens.length - 1];
            System.arraycopy(tokens, 1, hours, 0, hours.length);
            b.on(from, to, hours);
        }
        return b.build();
    }

    private static DayOfWeek day(String word) {
        String w = word.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(w) || d.name().substring(0, 3).equals(w)) {
                return d;
            }
        }
        throw new IllegalArgumentException("\"" + word + "\" is not a day of the week: write MON, TUE, WED, THU, FRI,"
                + " SAT or SUN (or the full English name)");
    }

    /**
     * Returns the working intervals of a weekday, in order; empty if the day does not work.
     *
     * @param day the weekday
     * @return its intervals, unmodifiable
     */
    public List<WorkingInterval> intervals(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return days.getOrDefault(day, List.of());
    }

    /**
     * Returns the weekdays that have working hours, Monday first.
     *
     * @return the working weekdays, unmodifiable
     */
    public Set<DayOfWeek> workingDays() {
        return Collections.unmodifiableSet(EnumSet.copyOf(days.keySet()));
    }

    /**
     * Returns the working time of a weekday (on a day without a clock change).
     *
     * @param day the weekday
     * @return the sum of its intervals; zero if it does not work
     */
    public Duration workingTime(DayOfWeek day) {
        return Duration.ofSeconds(secondsOn(day));
    }

    /**
     * Returns the working time of a whole week (without holidays or clock changes).
     *
     * @return the sum over the seven days
     */
    public Duration workingTimePerWeek() {
        long total = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            total += secondsOn(d);
        }
        return Duration.ofSeconds(total);
    }

    private long secondsOn(DayOfWeek day) {
        long total = 0;
        for (WorkingInterval i : intervals(day)) {
            total += i.endSecond() - i.startSecond();
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklySchedule w && w.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    /**
     * Returns the text form, days with equal hours grouped into ranges, such as
     * {@code "MON-THU 07:30-12:00 13:00-16:00; FRI 07:30-11:30 13:00-16:30"}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            List<WorkingInterval> hours = intervals(all[i]);
            int j = i;
            while (j + 1 < all.length && intervals(all[j + 1]).equals(hours)) {
                j++;
            }
            if (!hours.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(abbreviation(all[i]));
                if (j > i) {
                    sb.append('-').append(abbreviation(all[j]));
                }
                for (WorkingInterval w : hours) {
                    sb.append(' ').append(w);
                }
            }
            i = j + 1;
        }
        return sb.toString();
    }

    private static String abbreviation(DayOfWeek d) {
        return d.name().substring(0, 3);
    }

    /**
     * Collects the working intervals of each weekday for a {@link WeeklySchedule}. Intervals given for the
     * same day add up; {@link #build()} checks that they do not overlap.
     *
     * <pre>{@code
     * WeeklySchedule s = WeeklySchedule.builder().on(DayOfWeek.SATURDAY, "08:00-12:00").build();
     * }</pre>
     *
     * <p>Not thread-safe; the schedule it builds is.
     */
    public static final class Builder {

        private final Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        /**
         * Adds working intervals to a weekday.
         *
         * @param day the weekday
         * @param intervals intervals such as {@code "07:30-12:00"}, at least one
         * @return this builder
         * @throws IllegalArgumentException if an interval cannot be read
         */
        public Builder on(DayOfWeek day, String... intervals) {
            Objects.requireNonNull(day, "day");
            return on(day, day, intervals);
        }

        /**
         * Adds the same working intervals to every weekday from {@code from} to {@code to}, both included,
         * in the ISO order Monday to Sunday.
         *
         * @param from the first weekday
         * @param to the last weekday, not before {@code from}
         * @param intervals intervals such as {@code "07:30-12:00"}, at least one
         * @return this builder
         * @throws IllegalArgumentException if an interval cannot be read or {@code to} comes before {@code from}
         */
        public Builder on(DayOfWeek from, DayOfWeek to, String... intervals) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(intervals, "intervals");
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException("the days " + from + " to " + to + " run backwards: weeks run"
                        + " from MONDAY to SUNDAY, so give the earlier day first");
            }
            if (intervals.length == 0) {
                throw new IllegalArgumentException("no working intervals given for " + from
                        + (from == to ? "" : " to " + to) + ": give at least one, such as \"07:30-12:00\"");
            }
            List<WorkingInterval> parsed = new ArrayList<>();
            for (String s : intervals) {
                parsed.add(WorkingInterval.parse(Objects.requireNonNull(s, "interval")));
            }
            for (DayOfWeek d : EnumSet.range(from, to)) {
                days.computeIfAbsent(d, k -> new ArrayList<>()).addAll(parsed);
            }
            return this;
        }

        /**
         * Adds one working interval to a weekday.
         *
         * @param day the weekday
         * @param interval the interval
         * @return this builder
         */
        public Builder on(DayOfWeek day, WorkingInterval interval) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(interval, "interval");
            days.computeIfAbsent(day, k -> new ArrayList<>()).add(interval);
            return this;
        }

        /**
         * Returns the schedule, checked.
         *
         * @return the schedule
         * @throws IllegalArgumentException if two intervals of a day overlap, or no day has working time
         */
        public WeeklySchedule build() {
            Map<DayOfWeek, List<WorkingInterval>> out = new EnumMap<>(DayOfWeek.class);
            for (Map.Entry<DayOfWeek, List<WorkingInterval>> e : days.entrySet()) {
                List<WorkingInterval> sorted = new ArrayList<>(e.getValue());
                sorted.sort(Comparator.comparingInt(WorkingInterval::startSecond));
                for (int i = 1; i < sorted.size(); i++) {
                    if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                        throw new IllegalArgumentException("the weekly schedule has overlapping working intervals on "
                                + e.getKey() + ", " + sorted.get(i - 1) + " and " + sorted.get(i)
                                + ": let each interval end before the next one starts");
                    }
                }
                if (!sorted.isEmpty()) {
                    out.put(e.getKey(), List.copyOf(sorted));
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("the weekly schedule has no working time at all: add working"
                        + " hours to at least one day, such as .on(DayOfWeek.MONDAY, \"08:00-16:00\")");
            }
            return new WeeklySchedule(out);
        }
    }
}

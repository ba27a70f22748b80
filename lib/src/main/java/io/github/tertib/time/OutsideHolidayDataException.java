package io.github.tertib.time;

import java.time.LocalDate;
import java.time.Year;

/**
 * Thrown when a {@link WorkCalendar} is asked about a date outside the years its holiday data covers,
 * since it cannot know that date's holidays.
 *
 * <p>The fix is to merge the holidays of that year into the calendar's {@link Holidays}, or, knowingly,
 * to build the calendar with {@link WorkCalendar#assumingNoHolidaysOutsideData()}.
 *
 * <pre>{@code
 * try {
 *     calendar.isWorkingTime(Instant.parse("2027-01-04T02:00:00Z"));
 * } catch (OutsideHolidayDataException e) {
 *     e.lastYear();   // 2026
 * }
 * }</pre>
 *
 * <p>Its fields are immutable values; like every exception it is not meant to be shared between threads
 * while it is being thrown.
 */
public final class OutsideHolidayDataException extends CalendarRangeException {

    private static final long serialVersionUID = 1L;

    /** The date asked about. */
    private final LocalDate date;
    /** The first covered year. */
    private final Year firstYear;
    /** The last covered year. */
    private final Year lastYear;

    OutsideHolidayDataException(LocalDate date, Year firstYear, Year lastYear) {
        super("the calendar's holiday data covers " + (firstYear.equals(lastYear) ? "only " + firstYear
                : firstYear + " to " + lastYear) + " and says nothing about " + date + ": merge the holidays of "
                + date.getYear() + " into it (Holidays.parseCsv(…) and merge), or build it with"
                + " assumingNoHolidaysOutsideData() to treat years without data as having no holidays");
        this.date = date;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * Returns the date the calendar was asked about (or, for a result beyond the data, the first date
     * after it).
     *
     * @return the uncovered date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the first year of the calendar's holiday data.
     *
     * @return the first covered year
     */
    public Year firstYear() {
        return firstYear;
    }

    /**
     * Returns the last year of the calendar's holiday data.
     *
     * @return the last covered year
     */
    public Year lastYear() {
        return lastYear;
    }
}

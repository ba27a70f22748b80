package io.github.tertib.time;

import io.github.tertib.TertibException;

/**
 * Thrown when a {@link WorkCalendar} or a {@link TimePolicy} is asked about an instant it cannot answer
 * for: outside the years 1 to 9999 that Tertib accepts, or (as its subclass
 * {@link OutsideHolidayDataException}) outside the years of the calendar's holiday data. Catching this one
 * type catches every range error of a calendar.
 *
 * <pre>{@code
 * try {
 *     calendar.plusWorkingTime(start, standard);
 * } catch (CalendarRangeException e) {
 *     // a sentence naming the instant and the range the calendar answers for
 * }
 * }</pre>
 *
 * <p>Like every exception it is not meant to be shared between threads while it is being thrown.
 */
public class CalendarRangeException extends TertibException {

    private static final long serialVersionUID = 1L;

    CalendarRangeException(String message) {
        super(message);
    }
}

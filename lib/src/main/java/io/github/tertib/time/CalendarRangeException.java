package io.github.tertib.time;

import io.github.tertib.internal.Messages;
import java.util.Locale;
import java.util.Objects;
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

    /**
     * Returns the refusal as a sentence for the people who use the calendar, in Indonesian ({@code id},
     * also {@code in}) or English (any other language); {@link #getMessage()} stays the English developer
     * sentence with the instant and the API call that helps.
     *
     * @param locale the language
     * @return the sentence
     */
    public String message(Locale locale) {
        return Messages.format(Objects.requireNonNull(locale, "locale"), "calendar.range");
    }

    /** Returns {@link #message(Locale)} in the default locale's language. */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}

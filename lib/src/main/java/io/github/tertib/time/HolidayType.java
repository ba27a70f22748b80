package io.github.tertib.time;

/**
 * The kind of a {@link Holiday}: national holiday, collective leave, or a local day off.
 *
 * <p>Libur nasional and cuti bersama are set every year by a joint decree (SKB) of the Ministers of
 * Religious Affairs, Manpower and PAN-RB. Whether cuti bersama stops government work is a setting of the
 * {@link WorkCalendar} (by default it does).
 *
 * <pre>{@code
 * Holiday h = new Holiday(LocalDate.of(2026, 3, 20), HolidayType.CUTI_BERSAMA,
 *         "Cuti bersama Idul Fitri", "SKB 1497/2025 2/2025 5/2025");
 * h.type().name();   // "CUTI_BERSAMA", as written in the holidays CSV
 * }</pre>
 *
 * <p>Immutable and thread-safe, like every enum.
 */
public enum HolidayType {
    /** Libur nasional: a national public holiday; never a working day. */
    LIBUR_NASIONAL,
    /**
     * Cuti bersama: collective leave, days taken from civil servants' annual leave around holidays. A day
     * off unless the calendar is built with {@link WorkCalendar#withCutiBersamaAsWorkingDays()}.
     */
    CUTI_BERSAMA,
    /** A local day off set by a regional government or the office itself; never a working day. */
    LOCAL
}

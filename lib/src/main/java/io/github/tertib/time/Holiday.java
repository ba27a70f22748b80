package io.github.tertib.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off on one date: its {@link HolidayType}, its name and the legal basis that sets it.
 *
 * <pre>{@code
 * Holiday nyepi = new Holiday(LocalDate.of(2026, 3, 19), HolidayType.LIBUR_NASIONAL,
 *         "Hari Suci Nyepi Tahun Baru Saka 1948", "SKB 1497/2025 2/2025 5/2025");
 * Holidays mine = Holidays.of(nyepi);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date off
 * @param type national holiday, cuti bersama or local
 * @param name the name of the holiday, such as {@code "Idul Fitri 1447 Hijriah"}
 * @param legalBasis the decree that sets it, such as {@code "SKB 1497/2025 2/2025 5/2025"}
 */
public record Holiday(LocalDate date, HolidayType type, String name, String legalBasis) {

    /**
     * Creates a holiday; the name and legal basis are stripped of surrounding blanks.
     *
     * @param date the date off
     * @param type national holiday, cuti bersama or local
     * @param name the name of the holiday
     * @param legalBasis the decree that sets it
     * @throws IllegalArgumentException if the name or the legal basis is blank
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
        name = name.strip();
        legalBasis = legalBasis.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the holiday on " + date + " has a blank name: give its name, such as"
                    + " \"Idul Fitri 1447 Hijriah\"");
        }
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("the holiday \"" + name + "\" on " + date + " has a blank legal basis:"
                    + " give the decree that sets it, such as \"SKB 1497/2025 2/2025 5/2025\"");
        }
    }

    /** Returns the holiday as {@code 2026-03-19 LIBUR_NASIONAL Hari Suci Nyepi … (SKB …)}. */
    @Override
    public String toString() {
        return date + " " + type + " " + name + " (" + legalBasis + ")";
    }
}

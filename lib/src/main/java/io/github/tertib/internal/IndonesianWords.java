package io.github.tertib.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Indonesian words and number forms that several packages write: month names and dates, shares as
 * percentages, and the words for a step's flags. One copy of each, so the documents, the text form and
 * the reports never drift apart.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndonesianWords {

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");

    /** The Keterangan word for a step that may be suspended. */
    public static final String PAUSABLE = "dapat ditunda";
    /** The Keterangan word for a step only definitive officials (no Plt. or Plh.) may do. */
    public static final String DEFINITIVE_ONLY = "pejabat definitif";
    /** The Keterangan word for a step whose parts need different people (four eyes). */
    public static final String SEPARATE_ACTORS = "pelaksana berbeda";

    private IndonesianWords() {
    }

    /**
     * Returns the Indonesian name of a month, such as {@code Maret}.
     *
     * @param month the month, 1 to 12
     * @return its name, capitalised
     */
    public static String month(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist: months go from 1 to 12");
        }
        return MONTHS.get(month - 1);
    }

    /**
     * Returns a date as Indonesian documents write it: {@code 12 Maret 2026}.
     *
     * @param date the date
     * @return the day, the month's name and the year
     */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date.getMonthValue()) + " " + date.getYear();
    }

    /**
     * Returns a share as an Indonesian percentage, truncated to a tenth so that a share below a
     * threshold never prints as the threshold: {@code 60%}, {@code 66,6%}.
     *
     * @param share the share, 1 being the whole
     * @return the percentage with a decimal comma
     */
    public static String percent(double share) {
        long tenths = (long) Math.floor(share * 1000 + 1e-9);
        return tenths % 10 == 0 ? tenths / 10 + "%" : tenths / 10 + "," + tenths % 10 + "%";
    }

    /**
     * Returns the words for a step's flags, in the order the documents write them: {@link #PAUSABLE},
     * {@link #DEFINITIVE_ONLY}, {@link #SEPARATE_ACTORS}.
     *
     * @param pausable whether the step may be suspended
     * @param definitiveOnly whether only definitive officials may do it
     * @param separateActors whether its parts need different people
     * @return the words of the flags that are set, a new mutable list
     */
    public static List<String> flags(boolean pausable, boolean definitiveOnly, boolean separateActors) {
        List<String> flags = new ArrayList<>(3);
        if (pausable) {
            flags.add(PAUSABLE);
        }
        if (definitiveOnly) {
            flags.add(DEFINITIVE_ONLY);
        }
        if (separateActors) {
            flags.add(SEPARATE_ACTORS);
        }
        return flags;
    }
}

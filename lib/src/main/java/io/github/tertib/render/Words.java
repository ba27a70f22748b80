package io.github.tertib.render;

import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.internal.IndonesianWords;
import io.github.tertib.internal.Messages;
import io.github.tertib.time.TimePolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Indonesian words and number forms of the documents: dates, instants, minutes, shares, statuses. */
final class Words {

    private static final Pattern WORKING_DAYS = Pattern.compile("workingDays\\((\\d+)\\)");

    private Words() {
    }

    /** A date as the documents write it: {@code 12 Maret 2026}. */
    static String date(LocalDate d) {
        return IndonesianWords.date(d);
    }

    /**
     * An instant in a zone: {@code 12 Maret 2026 pukul 14.00 WIB}; seconds only when there are any
     * ({@code 14.00.30}), as Indonesian writes the time of day with dots.
     */
    static String instant(Instant t, ZoneId zone) {
        LocalDateTime l = LocalDateTime.ofInstant(t, zone);
        StringBuilder b = new StringBuilder(40).append(date(l.toLocalDate())).append(" pukul ");
        two(b, l.getHour()).append('.');
        two(b, l.getMinute());
        if (l.getSecond() != 0) {
            two(b.append('.'), l.getSecond());
        }
        return b.append(' ').append(zone(zone)).toString();
    }

    private static StringBuilder two(StringBuilder b, int n) {
        return b.append(n < 10 ? "0" : "").append(n);
    }

    /** The name of a zone: WIB, WITA or WIT for Indonesia's three, else its id. */
    static String zone(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> "(" + zone.getId() + ")";
        };
    }

    /**
     * A duration as a number of minutes, to a tenth with a decimal comma: {@code 16}, {@code 42,7}.
     * Rounded up, so that a time past a standard never prints as the standard itself.
     */
    static String minutes(Duration d) {
        long tenthNanos = 6_000_000_000L;
        long tenths = d.getSeconds() / 6 + ((d.getSeconds() % 6) * 1_000_000_000L + d.getNano() + tenthNanos - 1)
                / tenthNanos;
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "," + tenths % 10;
    }

    /**
     * A share as an Indonesian percentage, truncated to a tenth so that a share below a threshold never
     * prints as the threshold: {@code 60%}, {@code 66,6%}.
     */
    static String percent(double share) {
        return IndonesianWords.percent(share);
    }

    /** How a policy counts time, to follow "waktu dihitung": {@code dalam hari kerja (1 hari kerja = 480 menit)}. */
    static String policy(TimePolicy policy) {
        if (policy.equals(TimePolicy.calendarTime())) {
            return "menurut jam dinding";
        }
        if (policy.equals(TimePolicy.workingMinutes())) {
            return "dalam menit kerja";
        }
        Matcher m = WORKING_DAYS.matcher(policy.toString());
        return m.find() ? "dalam hari kerja (1 hari kerja = " + m.group(1) + " menit)" : "dengan " + policy;
    }

    /** The Indonesian name of a status, as the legend shows it: Tepat waktu, Terlambat, … (from the bundle). */
    static String status(ComplianceStatus status) {
        return Messages.template(Messages.Language.ID, "status." + status.name());
    }

    /**
     * The colour of a status: Okabe and Ito's palette, whose hues stay apart for the common colour-vision
     * deficiencies; the two greys for what is not measured against a standard.
     */
    static String colour(ComplianceStatus status) {
        return switch (status) {
            case ON_TIME -> "#009e73";
            case LATE -> "#d55e00";
            case RUNNING -> "#0072b2";
            case OVERDUE -> "#e69f00";
            case UNTIMED -> "#a6a6a6";
            case CANCELLED -> "#4d4d4d";
        };
    }
}

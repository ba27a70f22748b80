package io.github.tertib.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Instants as the command line shows and reads them: in the office's zone, named WIB, WITA or WIT. */
final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Times() {
    }

    /** Returns the instant on the office's wall clock, such as {@code 2026-03-12 14:00 WIB}. */
    static String show(Instant at, ZoneId zone) {
        try {
            return SHOWN.format(at.atZone(zone)) + " " + zoneName(zone, at);
        } catch (DateTimeException e) {
            // beyond the years a zoned date-time holds: the instant itself still says when
            return at.toString();
        }
    }

    /** Returns the Indonesian name of the zone (WIB, WITA, WIT), or its offset elsewhere. */
    static String zoneName(ZoneId zone, Instant at) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> {
                String offset = zone.getRules().getOffset(at).getId();
                yield zone.getId().equals(offset) ? "UTC" + (offset.equals("Z") ? "" : offset) : zone.getId();
            }
        };
    }

    /**
     * Reads {@code --as-of}: an offset date-time ({@code 2026-03-12T14:00+07:00}, {@code ...Z}) or a local
     * date-time in the calendar's zone ({@code 2026-03-12T14:00}).
     */
    static Instant parse(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDateTime.parse(text).atZone(zone).toInstant();
                } catch (DateTimeException notLocal) {
                    throw new Cli.UsageException("--as-of " + text + " is not a date-time: write it as"
                            + " 2026-03-12T14:00+07:00, or as 2026-03-12T14:00 on the calendar's clock (" + zone + ")");
                }
            }
        }
    }
}

package io.github.tertib.cli;

import io.github.tertib.TertibException;
import io.github.tertib.TertibParseException;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The options of every command that measures time: more holiday data, or the choice to assume none. */
final class TimeOptions {

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "a CSV of holidays (date,type,name,legal_basis, as Holidays.parseCsv reads it) merged"
                    + " over the built-in Indonesian data: the next year's SKB, or a date the Minister moved")
    String holidays;

    @Option(names = "--assume-no-holidays-after-data",
            description = "measure dates past the holiday data as if they had no holidays, instead of refusing")
    boolean assumeNone;

    /** Returns the built-in Indonesian holidays with the file of {@code --holidays} merged over them. */
    Holidays holidays() {
        if (holidays == null) {
            return Holidays.indonesia();
        }
        Holidays extra;
        try {
            extra = Holidays.parseCsv(Files.read(holidays));
        } catch (TertibParseException e) {
            throw new TertibException(holidays + ": " + e.getMessage().replace(":\n  ", ": ").replace("\n  ", "; "));
        }
        try {
            return Holidays.indonesia().merge(extra);
        } catch (IllegalArgumentException e) {
            throw new TertibException(holidays + ": " + e.getMessage());
        }
    }

    /** Returns the ASN calendar of the zone with these holidays. */
    WorkCalendar asn(ZoneId zone) {
        WorkCalendar calendar = WorkCalendar.asn(zone).withHolidays(holidays());
        return assumeNone ? calendar.assumingNoHolidaysOutsideData() : calendar;
    }
}

package io.github.tertib.compliance;

import io.github.tertib.internal.Messages;
import io.github.tertib.internal.Unicode;
import io.github.tertib.sop.SopDefinition;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a compliance report as a text table or as Markdown, in the words of one language's bundle. */
final class ComplianceTable {

    /** Which columns are aligned right: the numbers. */
    private static final boolean[] RIGHT = {true, true, false, false, true, true, true, false, false, true};

    private ComplianceTable() {
    }

    /** See {@link ComplianceReport#toTable(Locale)}. */
    static String text(ComplianceReport report, Locale locale) {
        StringBuilder b = new StringBuilder(1024);
        b.append(heading(report, locale)).append('\n');
        Format.table(b, rows(report, locale), RIGHT);
        b.append(summary(report, locale)).append('\n');
        report.assumedNoHolidaysAfter().ifPresent(y -> b.append(Messages.format(locale, "report.assumedNoHolidays",
                "year", y)).append('\n'));
        return Unicode.wellFormed(b.toString());
    }

    /** See {@link ComplianceReport#toMarkdown(Locale)}. */
    static String markdown(ComplianceReport report, Locale locale) {
        StringBuilder b = new StringBuilder(1024);
        b.append("**").append(Format.markdown(heading(report, locale))).append("**\n\n");
        Format.markdownTable(b, rows(report, locale), RIGHT);
        b.append('\n').append(Format.markdown(summary(report, locale))).append('\n');
        report.assumedNoHolidaysAfter().ifPresent(y -> b.append('\n').append(Format.markdown(Messages.format(locale,
                "report.assumedNoHolidays", "year", y))).append('\n'));
        return Unicode.wellFormed(b.toString());
    }

    /** Returns the word for a status in a language: the constant's name in English, a word in Indonesian. */
    static String status(ComplianceStatus status, Locale locale) {
        return Messages.format(locale, "status." + status.name());
    }

    private static String heading(ComplianceReport report, Locale locale) {
        ZoneId zone = report.calendar().zone();
        SopDefinition d = report.instance().definition();
        return Messages.format(locale, "report.heading", "case", report.instance().id(), "sop",
                d.number() + " " + d.name(), "asOf", Format.local(report.asOf(), zone), "zone", zone,
                "policy", report.policy());
    }

    private static List<String[]> rows(ComplianceReport report, Locale locale) {
        ZoneId zone = report.calendar().zone();
        List<StepCompliance> steps = report.steps();
        List<String[]> rows = new ArrayList<>(steps.size() + 1);
        rows.add(Messages.format(locale, "report.header").split("\\|", -1));
        for (StepCompliance s : steps) {
            rows.add(new String[] {Integer.toString(s.step()), Integer.toString(s.visit()),
                Format.local(s.activated(), zone), Format.local(s.completed(), zone), Format.minutes(s.standard()),
                Format.minutes(s.elapsed()), Format.minutes(s.suspended()), Format.local(s.due(), zone),
                status(s.status(), locale), Format.minutes(s.overrun())});
        }
        return rows;
    }

    private static String summary(ComplianceReport report, Locale locale) {
        String status = status(report.status(), locale);
        String elapsed = Format.minutes(report.elapsed());
        Optional<Duration> standard = report.standard();
        Duration suspended = report.suspended();
        return (standard.isPresent()
                ? Messages.format(locale, "report.summary.standard", "status", status, "elapsed", elapsed,
                        "standard", Format.minutes(standard.get()))
                : Messages.format(locale, "report.summary.noStandard", "status", status, "elapsed", elapsed))
                + (suspended.isZero() ? "" : Messages.format(locale, "report.summary.suspended", "suspended",
                        Format.minutes(suspended)))
                + Messages.format(locale, "report.summary.nominal", "nominal", Format.minutes(report.nominalStandard()));
    }
}

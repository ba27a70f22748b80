package io.github.tertib.compliance;

import io.github.tertib.internal.Messages;
import java.util.Locale;
import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.DecisionSummary;
import io.github.tertib.compliance.MonitoringReport.MonitoringRow;
import io.github.tertib.compliance.MonitoringReport.RoleSummary;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.internal.Unicode;
import java.util.OptionalDouble;

/** Writes a monitoring report as CSV: one long table of {@code section,key,name,measure,value}. */
final class MonitoringCsv {

    private MonitoringCsv() {
    }

    /** Returns the report as CSV (RFC 4180, lines ended by CRLF), its header, sections and measures in one language. */
    static String write(MonitoringReport report, Locale locale) {
        MonitoringRow row = report.row();
        StringBuilder b = new StringBuilder(4096);
        b.append(Messages.format(locale, "csv.header")).append("\r\n");
        csv(b, locale, "report", "", "", "as_of", report.asOf().toString());
        csv(b, locale, "report", "", "", "zone", report.calendar().zone().toString());
        csv(b, locale, "report", "", "", "policy", report.policy().toString());
        csv(b, locale, "report", "", "", "threshold", Format.fraction(report.threshold()));
        report.assumedNoHolidaysAfter().ifPresent(y -> csv(b, locale, "report", "", Messages.format(locale,
                "report.assumedNoHolidays", "year", y), "assumed_no_holidays_after", y.toString()));
        csv(b, locale, "form", "1", row.procedure(), "assessment", row.assessment().text());
        csv(b, locale, "form", "1", row.procedure(), "notes", row.notes());
        csv(b, locale, "form", "1", row.procedure(), "actions", row.actions());
        Counts c = report.counts();
        csv(b, locale, "cases", "", "", "started", "" + c.started());
        csv(b, locale, "cases", "", "", "completed", "" + c.completed());
        csv(b, locale, "cases", "", "", "on_time", "" + c.onTime());
        csv(b, locale, "cases", "", "", "late", "" + c.late());
        csv(b, locale, "cases", "", "", "cancelled", "" + c.cancelled());
        csv(b, locale, "cases", "", "", "open", "" + c.open());
        csv(b, locale, "cases", "", "", "overdue", "" + c.overdue());
        for (StepSummary s : report.steps()) {
            String k = "" + s.step();
            csv(b, locale, "step", k, s.activity(), "visits", "" + s.visits());
            csv(b, locale, "step", k, s.activity(), "cases", "" + s.cases());
            csv(b, locale, "step", k, s.activity(), "loops", "" + s.loops());
            csv(b, locale, "step", k, s.activity(), "loop_rate", fraction(s.loopRate()));
            csv(b, locale, "step", k, s.activity(), "on_time", "" + s.onTime());
            csv(b, locale, "step", k, s.activity(), "assessed", "" + s.assessed());
            csv(b, locale, "step", k, s.activity(), "on_time_rate", fraction(s.onTimeRate()));
            csv(b, locale, "step", k, s.activity(), "overdue", "" + s.overdue());
            csv(b, locale, "step", k, s.activity(), "median_minutes", s.median().map(Format::decimalMinutes).orElse(""));
            csv(b, locale, "step", k, s.activity(), "p90_minutes", s.p90().map(Format::decimalMinutes).orElse(""));
            csv(b, locale, "step", k, s.activity(), "worst_overrun_minutes", Format.decimalMinutes(s.worstOverrun()));
        }
        for (RoleSummary r : report.roles()) {
            csv(b, locale, "role", r.role().id(), r.role().title(), "parts_done", "" + r.partsDone());
            csv(b, locale, "role", r.role().id(), r.role().title(), "late_parts", "" + r.lateParts());
        }
        for (DecisionSummary d : report.decisions()) {
            String k = "" + d.step();
            csv(b, locale, "decision", k, d.activity(), "answered", "" + d.answered());
            csv(b, locale, "decision", k, d.activity(), "tidak", "" + d.no());
            csv(b, locale, "decision", k, d.activity(), "tidak_rate", fraction(d.noRate()));
        }
        return Unicode.wellFormed(b.toString());
    }

    private static String fraction(OptionalDouble share) {
        return share.isPresent() ? Format.fraction(share.getAsDouble()) : "";
    }

    private static void csv(StringBuilder b, Locale locale, String section, String key, String name, String measure,
            String value) {
        b.append(Format.csv(Messages.format(locale, "csv." + section))).append(',').append(Format.csv(key)).append(',').append(Format.csv(name))
                .append(',').append(Format.csv(Messages.format(locale, "csv." + measure))).append(',').append(Format.csv(value)).append("\r\n");
    }
}

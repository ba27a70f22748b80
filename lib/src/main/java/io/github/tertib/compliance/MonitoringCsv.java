package io.github.tertib.compliance;

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

    /** Returns the report as CSV (RFC 4180, lines ended by CRLF). */
    static String write(MonitoringReport report) {
        MonitoringRow row = report.row();
        StringBuilder b = new StringBuilder(4096);
        b.append("section,key,name,measure,value\r\n");
        csv(b, "report", "", "", "as_of", report.asOf().toString());
        csv(b, "report", "", "", "zone", report.calendar().zone().toString());
        csv(b, "report", "", "", "policy", report.policy().toString());
        csv(b, "report", "", "", "threshold", Format.fraction(report.threshold()));
        csv(b, "form", "1", row.procedure(), "assessment", row.assessment().text());
        csv(b, "form", "1", row.procedure(), "notes", row.notes());
        csv(b, "form", "1", row.procedure(), "actions", row.actions());
        Counts c = report.counts();
        csv(b, "cases", "", "", "started", "" + c.started());
        csv(b, "cases", "", "", "completed", "" + c.completed());
        csv(b, "cases", "", "", "on_time", "" + c.onTime());
        csv(b, "cases", "", "", "late", "" + c.late());
        csv(b, "cases", "", "", "cancelled", "" + c.cancelled());
        csv(b, "cases", "", "", "open", "" + c.open());
        csv(b, "cases", "", "", "overdue", "" + c.overdue());
        for (StepSummary s : report.steps()) {
            String k = "" + s.step();
            csv(b, "step", k, s.activity(), "visits", "" + s.visits());
            csv(b, "step", k, s.activity(), "cases", "" + s.cases());
            csv(b, "step", k, s.activity(), "loops", "" + s.loops());
            csv(b, "step", k, s.activity(), "loop_rate", fraction(s.loopRate()));
            csv(b, "step", k, s.activity(), "on_time", "" + s.onTime());
            csv(b, "step", k, s.activity(), "assessed", "" + s.assessed());
            csv(b, "step", k, s.activity(), "on_time_rate", fraction(s.onTimeRate()));
            csv(b, "step", k, s.activity(), "overdue", "" + s.overdue());
            csv(b, "step", k, s.activity(), "median_minutes", s.median().map(Format::decimalMinutes).orElse(""));
            csv(b, "step", k, s.activity(), "p90_minutes", s.p90().map(Format::decimalMinutes).orElse(""));
            csv(b, "step", k, s.activity(), "worst_overrun_minutes", Format.decimalMinutes(s.worstOverrun()));
        }
        for (RoleSummary r : report.roles()) {
            csv(b, "role", r.role().id(), r.role().title(), "parts_done", "" + r.partsDone());
            csv(b, "role", r.role().id(), r.role().title(), "late_parts", "" + r.lateParts());
        }
        for (DecisionSummary d : report.decisions()) {
            String k = "" + d.step();
            csv(b, "decision", k, d.activity(), "answered", "" + d.answered());
            csv(b, "decision", k, d.activity(), "tidak", "" + d.no());
            csv(b, "decision", k, d.activity(), "tidak_rate", fraction(d.noRate()));
        }
        return Unicode.wellFormed(b.toString());
    }

    private static String fraction(OptionalDouble share) {
        return share.isPresent() ? Format.fraction(share.getAsDouble()) : "";
    }

    private static void csv(StringBuilder b, String section, String key, String name, String measure, String value) {
        b.append(Format.csv(section)).append(',').append(Format.csv(key)).append(',').append(Format.csv(name))
                .append(',').append(Format.csv(measure)).append(',').append(Format.csv(value)).append("\r\n");
    }
}

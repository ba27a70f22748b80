package io.github.tertib.compliance;

import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.DecisionSummary;
import io.github.tertib.compliance.MonitoringReport.MonitoringRow;
import io.github.tertib.compliance.MonitoringReport.RoleSummary;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.internal.Unicode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** Writes a monitoring report as Markdown: the regulation's table, then the tables of cases, steps, roles and decisions. */
final class MonitoringMarkdown {

    private static final String[] FORM_HEADER = {"No", "Prosedur", "Penilaian terhadap Penerapan",
        "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"};

    private MonitoringMarkdown() {
    }

    private static String title(MonitoringReport report) {
        return "Monitoring of SOP " + report.definition().number() + " " + report.definition().name();
    }

    private static String meta(MonitoringReport report) {
        ZoneId zone = report.calendar().zone();
        return "As of " + Format.local(report.asOf(), zone) + " (" + zone + "), " + report.policy()
                + ", on-time threshold " + Format.percent(report.threshold()) + ".";
    }

    private static List<String[]> formRows(MonitoringRow row) {
        List<String[]> rows = new ArrayList<>(2);
        rows.add(FORM_HEADER);
        rows.add(new String[] {"1", row.procedure(), row.assessment().text(), row.notes(), row.actions(), ""});
        return rows;
    }

    private static List<String[]> countRows(Counts c) {
        List<String[]> rows = new ArrayList<>(2);
        rows.add(new String[] {"Started", "Completed", "On time", "Late", "Cancelled", "Open", "Overdue"});
        rows.add(new String[] {"" + c.started(), "" + c.completed(), "" + c.onTime(), "" + c.late(),
            "" + c.cancelled(), "" + c.open(), "" + c.overdue()});
        return rows;
    }

    private static List<String[]> stepRows(List<StepSummary> steps) {
        List<String[]> rows = new ArrayList<>(steps.size() + 1);
        rows.add(new String[] {"Step", "Activity", "Visits", "Loop rate", "On time", "On-time rate", "Overdue",
            "Median", "P90", "Worst overrun"});
        for (StepSummary s : steps) {
            rows.add(new String[] {"" + s.step(), s.activity(), "" + s.visits(), percent(s.loopRate()),
                s.onTime() + "/" + s.assessed(), percent(s.onTimeRate()), "" + s.overdue(),
                Format.minutes(s.median()), Format.minutes(s.p90()), Format.minutes(s.worstOverrun())});
        }
        return rows;
    }

    private static final boolean[] STEP_RIGHT = {true, false, true, true, true, true, true, true, true, true};

    private static List<String[]> roleRows(List<RoleSummary> roles) {
        List<String[]> rows = new ArrayList<>(roles.size() + 1);
        rows.add(new String[] {"Role", "Parts done", "Late parts"});
        for (RoleSummary r : roles) {
            rows.add(new String[] {r.role().title(), "" + r.partsDone(), "" + r.lateParts()});
        }
        return rows;
    }

    private static List<String[]> decisionRows(List<DecisionSummary> decisions) {
        List<String[]> rows = new ArrayList<>(decisions.size() + 1);
        rows.add(new String[] {"Step", "Activity", "Answered", "Tidak", "Tidak rate"});
        for (DecisionSummary d : decisions) {
            rows.add(new String[] {"" + d.step(), d.activity(), "" + d.answered(), "" + d.no(), percent(d.noRate())});
        }
        return rows;
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Format.percent(share.getAsDouble()) : "-";
    }

    private static boolean[] right(int columns, int... left) {
        boolean[] r = new boolean[columns];
        Arrays.fill(r, true);
        for (int c : left) {
            r[c] = false;
        }
        return r;
    }

    /** Returns the report as Markdown, lines ended by {@code \n}. */
    static String write(MonitoringReport report) {
        StringBuilder b = new StringBuilder(4096);
        b.append("## ").append(Format.markdown(title(report))).append("\n\n").append(Format.markdown(meta(report)))
                .append("\n\n");
        b.append("### Monitoring\n\n");
        Format.markdownTable(b, formRows(report.row()), right(6, 1, 2, 3, 4, 5));
        b.append("\n### Cases\n\n");
        Format.markdownTable(b, countRows(report.counts()), right(7));
        b.append("\n### Steps\n\n");
        Format.markdownTable(b, stepRows(report.steps()), STEP_RIGHT);
        b.append("\n### Roles\n\n");
        Format.markdownTable(b, roleRows(report.roles()), right(3, 0));
        if (!report.decisions().isEmpty()) {
            b.append("\n### Decisions\n\n");
            Format.markdownTable(b, decisionRows(report.decisions()), right(5, 1));
        }
        return Unicode.wellFormed(b.toString());
    }
}

package io.github.tertib.render;

import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.DecisionSummary;
import io.github.tertib.compliance.MonitoringReport.MonitoringRow;
import io.github.tertib.compliance.MonitoringReport.RoleSummary;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.internal.Xml;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.TimeStandard;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The monitoring report as an HTML document in the frame and stylesheet of the SOP document: the
 * regulation's form, the cases by status, and tables of steps, roles and decisions, in Indonesian. The
 * statuses have the colours they have on the coloured SOP document.
 */
final class MonitoringDocument {

    private static final String[] FORM_HEADER = {"No", "Prosedur", "Penilaian terhadap Penerapan",
        "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil", "Paraf Penilai"};

    private MonitoringDocument() {
    }

    static String write(MonitoringReport m) {
        SopDefinition d = m.definition();
        ZoneId zone = m.calendar().zone();
        String title = "Pemantauan SOP " + d.number() + " " + d.name();
        StringBuilder b = new StringBuilder(16384);
        DocumentFrame.open(b, title);
        b.append("<section class=\"page report\">\n");
        DocumentFrame.header(b, title, "Monitoring penerapan SOP");
        DocumentFrame.band(b, "Keadaan per " + Words.instant(m.asOf(), zone) + " \u00b7 " + m.counts().started()
                + " kasus \u00b7 waktu dihitung " + Words.policy(m.policy()) + " \u00b7 ambang tepat waktu setiap langkah "
                + Words.percent(m.threshold()) + ".");
        form(b, m.row());
        cases(b, m.counts());
        steps(b, m);
        roles(b, m.roles());
        decisions(b, m.decisions());
        DocumentFrame.footer(b, "Pemantauan SOP " + d.number(), "per " + Words.instant(m.asOf(), zone));
        b.append("</section>\n");
        DocumentFrame.close(b);
        return b.toString();
    }

    private static void form(StringBuilder b, MonitoringRow row) {
        b.append("<h2>Formulir monitoring (PermenPAN-RB Nomor 35 Tahun 2012)</h2>\n<table class=\"data form\">\n<thead><tr>");
        for (String h : FORM_HEADER) {
            b.append("<th>").append(h).append("</th>");
        }
        ComplianceStatus look = row.isGood() ? ComplianceStatus.ON_TIME : ComplianceStatus.LATE;
        b.append("</tr></thead>\n<tbody><tr><td class=\"num\">1</td><td>").append(Xml.escape(row.procedure()))
                .append("</td><td class=\"verdict ").append(row.isGood() ? "good" : "bad").append("\">")
                .append(DocumentFrame.swatch(Words.colour(look))).append(' ').append(Xml.escape(row.assessment().text()))
                .append("</td><td>").append(Xml.escape(row.notes())).append("</td><td>").append(Xml.escape(row.actions()))
                .append("</td><td></td></tr></tbody>\n</table>\n");
    }

    private static void cases(StringBuilder b, Counts c) {
        int untimed = c.completed() - c.onTime() - c.late();
        int running = c.open() - c.overdue();
        List<ComplianceStatus> statuses = List.of(ComplianceStatus.ON_TIME, ComplianceStatus.LATE,
                ComplianceStatus.UNTIMED, ComplianceStatus.RUNNING, ComplianceStatus.OVERDUE, ComplianceStatus.CANCELLED);
        int[] counts = {c.onTime(), c.late(), untimed, running, c.overdue(), c.cancelled()};
        b.append("<h2>Kasus</h2>\n");
        b.append(bar(statuses, counts, c.started(), 1000, 14, -1, "bar cases", "Kasus menurut status"));
        b.append("<div class=\"legend\">");
        for (int i = 0; i < counts.length; i++) {
            b.append("<span class=\"legend-item\" data-status=\"").append(statuses.get(i)).append("\">")
                    .append(DocumentFrame.swatch(Words.colour(statuses.get(i)))).append(Words.status(statuses.get(i)))
                    .append(": ").append(counts[i]).append("</span>");
        }
        b.append("</div>\n");
        table(b, "data narrow", new String[] {"Dimulai", "Selesai", "Tepat waktu", "Terlambat", "Dibatalkan", "Terbuka",
            "Melewati batas"},
                new boolean[] {true, true, true, true, true, true, true});
        b.append("<tr>");
        for (int n : new int[] {c.started(), c.completed(), c.onTime(), c.late(), c.cancelled(), c.open(), c.overdue()}) {
            b.append("<td class=\"num\">").append(n).append("</td>");
        }
        b.append("</tr>\n</tbody>\n</table>\n");
    }

    private static void steps(StringBuilder b, MonitoringReport m) {
        b.append("<h2>Langkah</h2>\n");
        table(b, "data", new String[] {"No", "Kegiatan", "Waktu baku", "Kunjungan", "Kasus berulang", "Tepat waktu",
            "Persentase tepat waktu", "Melewati batas", "Median (mnt)", "P90 (mnt)", "Kelebihan terbesar (mnt)"},
                new boolean[] {true, false, false, true, true, true, true, true, true, true, true});
        List<ComplianceStatus> parts = List.of(ComplianceStatus.ON_TIME, ComplianceStatus.LATE, ComplianceStatus.OVERDUE);
        for (StepSummary s : m.steps()) {
            OptionalDouble rate = s.onTimeRate();
            boolean isShort = rate.isPresent() && rate.getAsDouble() < m.threshold() || s.overdue() > 0;
            int[] counts = {s.onTime(), s.assessed() - s.onTime() - s.overdue(), s.overdue()};
            b.append(isShort ? "<tr class=\"short\" data-step=\"" : "<tr data-step=\"").append(s.step()).append("\">");
            num(b, Integer.toString(s.step()));
            b.append("<td class=\"activity\">").append(Xml.escape(s.activity())).append("</td><td class=\"nowrap\">")
                    .append(Xml.escape(m.definition().step(s.step()).time().map(TimeStandard::text).orElse("-")))
                    .append("</td>");
            num(b, Integer.toString(s.visits()));
            num(b, s.loops() + " (" + percent(s.loopRate()) + ")");
            num(b, s.onTime() + "/" + s.assessed());
            b.append("<td class=\"num rate\">").append(isShort ? "<strong>" : "").append(percent(rate))
                    .append(isShort ? "</strong>" : "")
                    .append(bar(parts, counts, s.assessed(), 60, 8, m.threshold(), "bar", "Tepat waktu " + percent(rate)))
                    .append("</td>");
            num(b, Integer.toString(s.overdue()));
            num(b, minutes(s.median()));
            num(b, minutes(s.p90()));
            num(b, Words.minutes(s.worstOverrun()));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        b.append("<p class=\"tertib-note\">Baris berwarna dan persentase tebal: langkah yang tepat waktu di bawah ambang ")
                .append(Words.percent(m.threshold())).append(" atau yang ditunggu kasus yang melewati batas. Tepat waktu:"
                + " kunjungan yang tepat waktu dari kunjungan yang hasilnya diketahui (tepat waktu, terlambat, atau"
                + " masih berjalan melewati batas). Median dan P90: waktu kunjungan yang selesai.</p>\n");
        DocumentFrame.legend(b, List.of(StepMark.of(ComplianceStatus.ON_TIME), StepMark.of(ComplianceStatus.LATE),
                StepMark.of(ComplianceStatus.OVERDUE)));
    }

    private static void roles(StringBuilder b, List<RoleSummary> roles) {
        b.append("<h2>Pelaksana</h2>\n");
        table(b, "data narrow", new String[] {"Pelaksana", "Bagian dikerjakan", "Terlambat", "Persentase terlambat"},
                new boolean[] {false, true, true, true});
        for (RoleSummary r : roles) {
            b.append("<tr><td>").append(Xml.escape(r.role().title())).append("</td>");
            num(b, Integer.toString(r.partsDone()));
            num(b, Integer.toString(r.lateParts()));
            num(b, r.partsDone() == 0 ? "-" : Words.percent((double) r.lateParts() / r.partsDone()));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void decisions(StringBuilder b, List<DecisionSummary> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        b.append("<h2>Keputusan</h2>\n");
        table(b, "data narrow", new String[] {"No", "Keputusan", "Dijawab", "\u201cTidak\u201d", "Persentase \u201cTidak\u201d"},
                new boolean[] {true, false, true, true, true});
        for (DecisionSummary s : decisions) {
            b.append("<tr>");
            num(b, Integer.toString(s.step()));
            b.append("<td class=\"activity\">").append(Xml.escape(s.activity())).append("</td>");
            num(b, Integer.toString(s.answered()));
            num(b, Integer.toString(s.no()));
            num(b, percent(s.noRate()));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** Opens a data table: its header row, then the body, which the caller fills and closes. */
    private static void table(StringBuilder b, String cls, String[] header, boolean[] numeric) {
        b.append("<table class=\"").append(cls).append("\">\n<thead><tr>");
        for (int i = 0; i < header.length; i++) {
            b.append(numeric[i] ? "<th class=\"num\">" : "<th>").append(Xml.escape(header[i])).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
    }

    private static void num(StringBuilder b, String text) {
        b.append("<td class=\"num\">").append(Xml.escape(text)).append("</td>");
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? Words.percent(share.getAsDouble()) : "-";
    }

    private static String minutes(Optional<Duration> d) {
        return d.map(Words::minutes).orElse("-");
    }

    /**
     * A bar of counts by status, each its colour's share of the whole, as an inline SVG (which prints
     * whatever the browser does with backgrounds); a thin tick at {@code mark} (a share, or -1 for none).
     */
    private static String bar(List<ComplianceStatus> statuses, int[] counts, int whole, double w, double h, double mark,
            String cls, String label) {
        StringBuilder b = new StringBuilder(512);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls).append("\" viewBox=\"0 0 ")
                .append(Text.num(w)).append(' ').append(Text.num(h)).append("\" width=\"").append(w >= 1000 ? "100%"
                        : Text.num(w)).append("\" height=\"").append(Text.num(h))
                .append("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"").append(Xml.escape(label)).append("\">");
        double x = 0;
        for (int i = 0; i < counts.length && whole > 0; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double cw = w * counts[i] / whole;
            b.append("<rect data-status=\"").append(statuses.get(i)).append("\" x=\"").append(Text.num(x))
                    .append("\" y=\"0\" width=\"").append(Text.num(cw)).append("\" height=\"").append(Text.num(h))
                    .append("\" fill=\"").append(Words.colour(statuses.get(i))).append("\" fill-opacity=\"0.55\"/>");
            x += cw;
        }
        if (mark >= 0) {
            b.append("<line x1=\"").append(Text.num(w * mark)).append("\" y1=\"0\" x2=\"").append(Text.num(w * mark))
                    .append("\" y2=\"").append(Text.num(h)).append("\" stroke=\"#111\" stroke-width=\"1.5\"/>");
        }
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(Text.num(w)).append("\" height=\"").append(Text.num(h))
                .append("\" fill=\"none\" stroke=\"#111\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>");
        return b.append("</svg>").toString();
    }
}

package io.github.tertib.render;

import io.github.tertib.internal.Messages;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.StepCompliance;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The marks of a {@link ComplianceReport}: each step visited is marked with the worst status of its visits
 * and the elapsed against the standard of each visit; the END step the case reached, with the status of
 * the case. The renderer also takes from them the caption of the document (the case and the instant) and
 * a legend of every status.
 */
final class ComplianceMarks implements StepMarks {

    /** Worst first: what a step shows when its visits differ. */
    private static final List<ComplianceStatus> SEVERITY = List.of(ComplianceStatus.OVERDUE, ComplianceStatus.LATE,
            ComplianceStatus.CANCELLED, ComplianceStatus.RUNNING, ComplianceStatus.ON_TIME, ComplianceStatus.UNTIMED);

    /** The label and colour, in the legend, of the steps the case did not pass through. */
    static final StepMark NOT_REACHED = StepMark.of("Tidak dilalui", "#ffffff");

    final ComplianceReport report;
    private final Map<Integer, StepMark> byStep;

    ComplianceMarks(ComplianceReport report) {
        this.report = report;
        Map<Integer, List<StepCompliance>> visits = new LinkedHashMap<>();
        for (StepCompliance s : report.steps()) {
            visits.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(s);
        }
        Map<Integer, StepMark> marks = new HashMap<>();
        for (Map.Entry<Integer, List<StepCompliance>> e : visits.entrySet()) {
            marks.put(e.getKey(), mark(e.getValue()));
        }
        SopInstance run = report.instance();
        if (run.closedAt().isPresent() && run.currentStep().kind() == StepKind.END) {
            marks.put(run.currentStep().number(), StepMark.of(report.status()).withDetail("kasus: " + total(report)));
        }
        this.byStep = Map.copyOf(marks);
    }

    @Override
    public Optional<StepMark> mark(Step step) {
        return Optional.ofNullable(byStep.get(step.number()));
    }

    private static StepMark mark(List<StepCompliance> visits) {
        ComplianceStatus worst = visits.get(0).status();
        Duration suspended = Duration.ZERO;
        List<String> times = new ArrayList<>();
        for (StepCompliance v : visits) {
            if (SEVERITY.indexOf(v.status()) < SEVERITY.indexOf(worst)) {
                worst = v.status();
            }
            suspended = suspended.plus(v.suspended());
            times.add(Words.minutes(v.elapsed()) + v.standard().map(s -> "/" + Words.minutes(s)).orElse(""));
        }
        StringBuilder detail = new StringBuilder();
        if (times.size() > 1) {
            detail.append(times.size()).append(" kunjungan: ").append(String.join(", ", times.subList(0, times.size() - 1)))
                    .append(" dan ");
        }
        detail.append(times.get(times.size() - 1)).append(" mnt");
        if (!suspended.isZero()) {
            detail.append("; ditunda ").append(Words.minutes(suspended)).append(" mnt");
        }
        return StepMark.of(worst).withDetail(detail.toString());
    }

    private static String total(ComplianceReport r) {
        return Words.minutes(r.elapsed()) + r.standard().map(s -> "/" + Words.minutes(s)).orElse("") + " mnt";
    }

    /** The marks of the legend: every status, then the steps not passed through. */
    static List<StepMark> legend() {
        List<StepMark> out = new ArrayList<>();
        for (ComplianceStatus s : List.of(ComplianceStatus.ON_TIME, ComplianceStatus.LATE, ComplianceStatus.RUNNING,
                ComplianceStatus.OVERDUE, ComplianceStatus.UNTIMED, ComplianceStatus.CANCELLED)) {
            out.add(StepMark.of(s));
        }
        out.add(NOT_REACHED);
        return List.copyOf(out);
    }

    /** Says whose case the colours describe, for a title: {@code kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB}. */
    String subject() {
        return "kasus " + Text.oneLine(report.instance().id()) + " per " + Words.instant(report.asOf(), zone());
    }

    /**
     * Says in one line what the colours of the flowchart describe, for the identity page: {@code Kepatuhan
     * kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB: kasus tepat waktu. Setiap langkah pada bagan alir
     * diwarnai menurut statusnya.}
     */
    String headline() {
        return "Kepatuhan " + subject() + ": kasus " + Words.status(report.status()).toLowerCase(java.util.Locale.ROOT)
                + ". Setiap langkah pada bagan alir diwarnai menurut statusnya.";
    }

    /**
     * Says what the colours describe and how the case stands: {@code Kepatuhan kasus V4/2026/001 per 12 Maret
     * 2026 pukul 14.00 WIB. Kasus selesai 12 Maret 2026 pukul 14.00 WIB, tepat waktu: 3840 mnt dari waktu
     * baku 4385 mnt jalur yang ditempuh; ditunda 320 mnt. Waktu dihitung dalam hari kerja (1 hari kerja =
     * 480 menit).}
     */
    String caption() {
        SopInstance run = report.instance();
        ComplianceStatus status = report.status();
        String word = Words.status(status).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(200).append("Kepatuhan ").append(subject()).append(". Kasus ");
        List<StepCompliance> steps = report.steps();
        int last = steps.get(steps.size() - 1).step();
        b.append(switch (status) {
            case CANCELLED -> "dibatalkan pada langkah " + last + ", "
                    + Words.instant(run.closedAt().orElseThrow(), zone()) + ", setelah "
                    + Words.minutes(report.elapsed()) + " mnt";
            // the step's time and the whole case's time are different quantities: name each
            case RUNNING, OVERDUE -> {
                StepCompliance current = steps.get(steps.size() - 1);
                yield word + " pada langkah " + last + ": langkah " + last + " sudah "
                        + Words.minutes(current.elapsed()) + " mnt"
                        + current.standard().map(d -> " dari waktu baku " + Words.minutes(d) + " mnt")
                                .orElse(" (tanpa waktu baku)")
                        + "; seluruh kasus " + Words.minutes(report.elapsed()) + " mnt sejauh ini";
            }
            case UNTIMED -> "selesai " + Words.instant(run.closedAt().orElseThrow(), zone()) + ": "
                    + Words.minutes(report.elapsed()) + " mnt; jalur yang ditempuh tanpa waktu baku";
            case ON_TIME, LATE -> "selesai " + Words.instant(run.closedAt().orElseThrow(), zone()) + ", " + word
                    + ": " + Words.minutes(report.elapsed()) + " mnt dari waktu baku "
                    + Words.minutes(report.standard().orElseThrow()) + " mnt jalur yang ditempuh";
        });
        if (!report.suspended().isZero()) {
            b.append("; ditunda ").append(Words.minutes(report.suspended())).append(" mnt");
        }
        b.append(". Waktu dihitung ").append(Words.policy(report.policy())).append('.');
        report.assumedNoHolidaysAfter().ifPresent(y -> b.append(' ').append(Messages.format(INDONESIAN,
                "report.assumedNoHolidays", "year", y)));
        return b.toString();
    }

    private static final java.util.Locale INDONESIAN = java.util.Locale.forLanguageTag("id");

    private ZoneId zone() {
        return report.calendar().zone();
    }

    /** Refuses to lay the marks of one SOP's case over another SOP. */
    void check(SopDefinition definition) {
        SopDefinition own = report.instance().definition();
        if (own != definition && !own.equals(definition)) {
            throw new IllegalArgumentException("the marks describe case " + report.instance().id() + " of SOP "
                    + own.number() + ", not SOP " + definition.number() + ": render the case's own SOP, or use"
                    + " SopRenderer.html(report)");
        }
    }
}

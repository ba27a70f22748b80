package io.github.tertib.compliance;

import io.github.tertib.compliance.MonitoringReport.Assessment;
import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.MonitoringRow;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.sop.SopDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Judges the figures of a monitoring report against its threshold and writes the regulation's row. */
final class Verdict {

    private Verdict() {
    }

    /** Returns the monitoring row: the assessment and the notes naming every shortfall, with the assessor's actions. */
    static MonitoringRow assess(SopDefinition definition, Counts counts, List<StepSummary> steps, double threshold,
            String actions) {
        List<String> notes = new ArrayList<>();
        boolean anyAssessed = false;
        for (StepSummary s : steps) {
            OptionalDouble rate = s.onTimeRate();
            if (rate.isPresent()) {
                anyAssessed = true;
                if (rate.getAsDouble() < threshold) {
                    notes.add("Langkah " + s.step() + " (" + s.activity() + ") tepat waktu "
                            + Format.percent(rate.getAsDouble()) + " (di bawah " + Format.percent(threshold) + ")");
                }
            }
        }
        boolean good = notes.isEmpty() && counts.overdue() == 0;
        if (counts.overdue() > 0) {
            StringBuilder b = new StringBuilder().append(counts.overdue()).append(" kasus melewati batas waktu (");
            String sep = "";
            for (StepSummary s : steps) {
                if (s.overdue() > 0) {
                    b.append(sep).append(s.overdue()).append(" pada langkah ").append(s.step());
                    sep = ", ";
                }
            }
            notes.add(b.append(')').toString());
        }
        String text;
        if (!notes.isEmpty()) {
            text = String.join("; ", notes) + ".";
        } else if (anyAssessed) {
            text = "Semua langkah tepat waktu sekurang-kurangnya " + Format.percent(threshold)
                    + " dan tidak ada kasus yang melewati batas waktu.";
        } else {
            text = "Belum ada langkah yang dapat dinilai.";
        }
        return new MonitoringRow(definition.number() + " " + definition.name(),
                good ? Assessment.GOOD : Assessment.NOT_GOOD, text, actions);
    }
}

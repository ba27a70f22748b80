package io.github.tertib.render;

import io.github.tertib.compliance.ComplianceStatus;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mark laid over one step of a rendered SOP: a short label, a colour and an optional detail, such as the
 * status of the step in a case ("Terlambat", vermilion, "16/15 mnt"). The HTML document and the SVG
 * flowchart tint the step's row and fill its symbols with the colour, and head its Keterangan with the
 * label (after a dot of the colour) and the detail; the legend lists each label and colour once.
 *
 * <pre>{@code
 * StepMark late = StepMark.of("Terlambat", "#d55e00").withDetail("16/15 mnt");
 * StepMark.of(ComplianceStatus.LATE);   // StepMark[label=Terlambat, colour=#d55e00, detail=]
 * String html = SopRenderer.standard().withMarks(StepMarks.of(Map.of(1, late))).html(v4);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the text shown beside the step and in the legend, such as {@code "Terlambat"}
 * @param colour the colour as {@code #rrggbb}
 * @param detail more text for this step only, such as {@code "16/15 mnt"}; empty for none
 */
public record StepMark(String label, String colour, String detail) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /**
     * Checks that the label is not blank and that the colour is written {@code #rrggbb}.
     *
     * @param label the text shown beside the step
     * @param colour the colour
     * @param detail more text for this step, or empty
     */
    public StepMark {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(detail, "detail");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a step mark needs a label, such as \"Terlambat\"");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("the colour \"" + colour + "\" of the step mark \"" + label
                    + "\" is not valid: write it as #rrggbb, such as \"#d55e00\"");
        }
    }

    /**
     * Makes a mark without detail.
     *
     * @param label the text shown beside the step
     * @param colour the colour as {@code #rrggbb}
     */
    public StepMark(String label, String colour) {
        this(label, colour, "");
    }

    /**
     * Returns a mark with the given label and colour, without detail.
     *
     * @param label the text shown beside the step
     * @param colour the colour as {@code #rrggbb}
     * @return the mark
     */
    public static StepMark of(String label, String colour) {
        return new StepMark(label, colour, "");
    }

    /**
     * Returns the mark of a compliance status, without detail: its Indonesian name and its colour.
     *
     * <table>
     * <caption>The marks of the statuses</caption>
     * <tr><th>status</th><th>label</th><th>colour</th></tr>
     * <tr><td>ON_TIME</td><td>Tepat waktu</td><td>#009e73, bluish green</td></tr>
     * <tr><td>LATE</td><td>Terlambat</td><td>#d55e00, vermilion</td></tr>
     * <tr><td>RUNNING</td><td>Berjalan</td><td>#0072b2, blue</td></tr>
     * <tr><td>OVERDUE</td><td>Melewati batas</td><td>#e69f00, orange</td></tr>
     * <tr><td>UNTIMED</td><td>Tanpa waktu</td><td>#a6a6a6, grey</td></tr>
     * <tr><td>CANCELLED</td><td>Dibatalkan</td><td>#4d4d4d, dark grey</td></tr>
     * </table>
     *
     * <p>The hues are Okabe and Ito's, chosen to stay apart for readers with the common colour-vision
     * deficiencies; the label says the status in words as well, so that a page printed in grey reads too.
     *
     * @param status the status
     * @return its mark
     */
    public static StepMark of(ComplianceStatus status) {
        Objects.requireNonNull(status, "status");
        return new StepMark(Words.status(status), Words.colour(status), "");
    }

    /**
     * Returns a copy of this mark with the given detail.
     *
     * @param detail more text for this step, such as {@code "2 kunjungan: 32/10 dan 42,7/10 mnt"}; empty for none
     * @return the changed copy
     */
    public StepMark withDetail(String detail) {
        return new StepMark(label, colour, detail);
    }
}

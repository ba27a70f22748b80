package io.github.tertib.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mark laid over one step of a rendered SOP: a short label and a colour, such as the status of the
 * step in a case ("Tepat waktu", green). The HTML document and the SVG flowchart tint the step's row and
 * fill its symbols with the colour, and show the label in the Keterangan column.
 *
 * <pre>{@code
 * StepMark late = StepMark.of("Terlambat", "#d9534f");
 * String html = SopRenderer.standard().withMarks(StepMarks.of(Map.of(4, late))).html(v4);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the text shown beside the step, such as {@code "Terlambat"}
 * @param colour the colour as {@code #rrggbb}
 */
public record StepMark(String label, String colour) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /**
     * Checks that the label is not blank and that the colour is written {@code #rrggbb}.
     *
     * @param label the text shown beside the step
     * @param colour the colour
     */
    public StepMark {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a step mark needs a label, such as \"Terlambat\"");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("the colour \"" + colour + "\" of the step mark \"" + label
                    + "\" is not valid: write it as #rrggbb, such as \"#d9534f\"");
        }
    }

    /**
     * Returns a mark with the given label and colour.
     *
     * @param label the text shown beside the step
     * @param colour the colour as {@code #rrggbb}
     * @return the mark
     */
    public static StepMark of(String label, String colour) {
        return new StepMark(label, colour);
    }
}

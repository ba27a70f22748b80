package io.github.tertib.render;

import io.github.tertib.sop.SopDefinition;
import java.util.Objects;

/**
 * Renders a definition as the official SOP AP document: an HTML document printable on A4 landscape,
 * the flowchart table as SVG, a Mermaid flowchart with a lane per role, or Markdown.
 *
 * <pre>{@code
 * SopDefinition v4 = PalangkaRaya.v4();
 * String html = SopRenderer.standard().html(v4);             // one self-contained file
 * String svg = SopRenderer.standard().svg(v4);               // the flowchart table alone
 * String marked = SopRenderer.standard()
 *     .withMarks(StepMarks.of(Map.of(4, StepMark.of("Terlambat", "#d9534f"))))
 *     .html(v4);                                              // step 4 coloured
 * }</pre>
 *
 * <p>Every text of the definition is escaped: an activity that says {@code <script>} shows as text.
 * Immutable and thread-safe; the {@code with...} methods return changed copies.
 */
public final class SopRenderer {

    /** The most rows a flowchart page of the HTML document holds, unless their text needs fewer. */
    public static final int DEFAULT_ROWS_PER_PAGE = 10;

    private static final SopRenderer STANDARD = new SopRenderer(DEFAULT_ROWS_PER_PAGE, StepMarks.none());

    private final int rowsPerPage;
    private final StepMarks marks;

    private SopRenderer(int rowsPerPage, StepMarks marks) {
        this.rowsPerPage = rowsPerPage;
        this.marks = marks;
    }

    /**
     * Returns the renderer with the standard settings: at most {@value #DEFAULT_ROWS_PER_PAGE} rows per
     * flowchart page, no marks.
     *
     * @return the standard renderer
     */
    public static SopRenderer standard() {
        return STANDARD;
    }

    /**
     * Returns a copy that puts at most {@code rows} rows on a flowchart page of the HTML document (fewer
     * when their text does not fit); the table continues on the next page through off-page connectors.
     *
     * @param rows from 1 to 100
     * @return the changed copy
     * @throws IllegalArgumentException if {@code rows} is out of range
     */
    public SopRenderer withRowsPerPage(int rows) {
        if (rows < 1 || rows > 100) {
            throw new IllegalArgumentException("rows per page is " + rows + ": give a number from 1 to 100");
        }
        return new SopRenderer(rows, marks);
    }

    /**
     * Returns a copy that lays the given marks over the steps: in HTML and SVG the step's row is tinted,
     * its symbols filled with the mark's colour and its label shown in the Keterangan column; in Mermaid
     * the nodes are filled; in Markdown the label is shown in the Keterangan column.
     *
     * @param marks the mark of each step, if any
     * @return the changed copy
     */
    public SopRenderer withMarks(StepMarks marks) {
        return new SopRenderer(rowsPerPage, Objects.requireNonNull(marks, "marks"));
    }

    /** Returns the most rows a flowchart page holds. */
    public int rowsPerPage() {
        return rowsPerPage;
    }

    /**
     * Returns the HTML document: one self-contained file (inline CSS and SVG, no script) of A4 landscape
     * pages, the identity section first, then the flowchart table split over pages as it needs.
     *
     * @param definition the definition
     * @return the document, well-formed XML (XHTML) as well as HTML
     */
    public String html(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return HtmlDocument.write(definition, new Flowchart(definition, marks, rowsPerPage, true));
    }

    /**
     * Returns the flowchart table as one SVG image, not split into pages: No, Kegiatan, a lane per role
     * with the symbols, Mutu Baku and Keterangan, and the arrows.
     *
     * @param definition the definition
     * @return the SVG document
     */
    public String svg(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Flowchart f = new Flowchart(definition, marks, Integer.MAX_VALUE, false);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.svg(0, Text.oneLine("Bagan alir SOP "
                + definition.number() + " " + definition.name()));
    }

    /**
     * Returns a Mermaid flowchart: a subgraph (lane) per role holding a node per part, dotted links between
     * the parts of one step, an arrow per transition with "Ya"/"Tidak" on a decision's.
     *
     * @param definition the definition
     * @return the Mermaid source
     */
    public String mermaid(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return MermaidWriter.write(definition, marks);
    }

    /**
     * Returns the identity section as a table and the flowchart table in Markdown, a column per role with
     * the symbol and word of each part.
     *
     * @param definition the definition
     * @return the Markdown text
     */
    public String markdown(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return MarkdownWriter.write(definition, marks);
    }

    /**
     * Renders in the given format.
     *
     * @param definition the definition
     * @param format the format
     * @return the rendering
     */
    public String render(SopDefinition definition, RenderFormat format) {
        Objects.requireNonNull(format, "format");
        switch (format) {
            case HTML:
                return html(definition);
            case SVG:
                return svg(definition);
            case MERMAID:
                return mermaid(definition);
            case MARKDOWN:
            default:
                return markdown(definition);
        }
    }
}

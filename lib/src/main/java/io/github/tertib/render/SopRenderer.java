package io.github.tertib.render;

import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.internal.Unicode;
import io.github.tertib.sop.SopDefinition;
import java.util.List;
import java.util.Objects;

/**
 * Renders a definition as the official SOP AP document: an HTML document printable on A4 landscape,
 * the flowchart table as SVG, a Mermaid flowchart with a lane per role, or Markdown; and renders the
 * reports of package {@code compliance} as documents in the same style: a case's compliance as the SOP
 * document with each step coloured by its status, the monitoring of many cases as a report.
 *
 * <pre>{@code
 * SopDefinition v4 = PalangkaRaya.v4();
 * String html = SopRenderer.standard().html(v4);             // one self-contained file
 * String svg = SopRenderer.standard().svg(v4);               // the flowchart table alone
 * String marked = SopRenderer.standard()
 *     .withMarks(StepMarks.of(Map.of(4, StepMark.of("Terlambat", "#d55e00"))))
 *     .html(v4);                                              // step 4 coloured
 * String coloured = SopRenderer.standard().html(ComplianceReport.of(run, calendar, asOf));
 * String monitoring = SopRenderer.standard().html(MonitoringReport.of(v4, cases, calendar, asOf));
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
     * its symbols filled with the mark's colour, and its label (after a dot of the colour) and detail head
     * the Keterangan column, with a legend of the labels on the last page and under the SVG; in Mermaid
     * the nodes are filled; in Markdown the label and detail are shown in the Keterangan column.
     *
     * <p>The marks of a compliance report ({@link StepMarks#of(ComplianceReport)}) also put the case and
     * the instant they describe on every page, and a legend of every status; they may only be laid over
     * the case's own SOP: rendering another definition with them throws an
     * {@link IllegalArgumentException}.
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
        checkMarks(definition);
        return HtmlDocument.write(definition, new Flowchart(definition, marks, rowsPerPage, true), marks);
    }

    /**
     * Returns the HTML document of the case's SOP with each step coloured by its compliance in the case:
     * the same as {@code withMarks(StepMarks.of(report)).html(definition)} for the case's definition. Every
     * page says which case and which instant the colours describe, and the last one has a legend of every
     * status.
     *
     * @param report the compliance of a case
     * @return the document, well-formed XML (XHTML) as well as HTML
     * @see StepMarks#of(ComplianceReport)
     */
    public String html(ComplianceReport report) {
        Objects.requireNonNull(report, "report");
        return withMarks(StepMarks.of(report)).html(report.instance().definition());
    }

    /**
     * Returns the monitoring of the cases of an SOP as an HTML document in the style of the SOP document
     * (one stylesheet, A4 landscape): the regulation's monitoring form (PermenPAN-RB 35/2012) with its
     * assessment, then the cases by status as a bar, and tables of the steps (each with a bar of its
     * on-time rate, those below the threshold tinted), the roles and the decisions. Written in Indonesian,
     * as the form is; every text escaped; no script. The steps' marks of this renderer are not used.
     *
     * @param report the monitoring report
     * @return the document, well-formed XML (XHTML) as well as HTML
     */
    public String html(MonitoringReport report) {
        Objects.requireNonNull(report, "report");
        return MonitoringDocument.write(report);
    }

    private void checkMarks(SopDefinition definition) {
        if (marks instanceof ComplianceMarks c) {
            c.check(definition);
        }
    }

    /**
     * Returns the flowchart table as one SVG image, not split into pages: No, Kegiatan, a lane per role
     * with the symbols, Mutu Baku and Keterangan, and the arrows. With marks, a key under the table
     * lists them; with the marks of a compliance report, it also says which case and instant they describe.
     *
     * @param definition the definition
     * @return the SVG document
     */
    public String svg(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        checkMarks(definition);
        Flowchart f = new Flowchart(definition, marks, Integer.MAX_VALUE, false);
        String title = Text.oneLine("Bagan alir SOP " + definition.number() + " " + definition.name());
        if (marks instanceof ComplianceMarks c) {
            return XML + f.svg(0, title + ", " + c.subject(), c.caption(), ComplianceMarks.legend());
        }
        List<StepMark> legend = HtmlDocument.legend(f);
        return XML + (legend.isEmpty() ? f.svg(0, title) : f.svg(0, title, "", legend));
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    /**
     * Returns a Mermaid flowchart: a subgraph (lane) per role holding a node per part, dotted links between
     * the parts of one step, an arrow per transition with "Ya"/"Tidak" on a decision's.
     *
     * @param definition the definition
     * @return the Mermaid source
     */
    public String mermaid(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        checkMarks(definition);
        return Unicode.wellFormed(MermaidWriter.write(definition, marks));
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
        checkMarks(definition);
        return Unicode.wellFormed(MarkdownWriter.write(definition, marks));
    }

    /** The width of {@link #plainText(SopDefinition)}, in characters: a wide terminal. */
    public static final int PLAIN_TEXT_WIDTH = 100;

    /**
     * Returns the identity section and the step table as plain text, no line wider than
     * {@link #PLAIN_TEXT_WIDTH} characters, in the documents' words (dates as {@code 12 Maret 2026}):
     * what {@code tertib show} prints. Step marks are not shown.
     *
     * @param definition the definition
     * @return the text, one line per field, step and part, ending with a line break
     */
    public String plainText(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return new SopTable(PLAIN_TEXT_WIDTH).render(definition);
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
        return switch (format) {
            case HTML -> html(definition);
            case SVG -> svg(definition);
            case MERMAID -> mermaid(definition);
            case MARKDOWN -> markdown(definition);
        };
    }
}

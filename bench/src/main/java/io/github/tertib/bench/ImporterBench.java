package io.github.tertib.bench;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.text.SopText;
import io.github.tertib.text.SopTextResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code SopText.read(text)} of the V.4 text grown to {@code size} characters in one of the three
 * shapes that once made the importer quadratic ({@link Shape}). Linear reading shows as a constant
 * time per character across sizes from 10 KB to 5 MB; docs/performance.md tabulates it. No peer reads
 * the SOP AP text form.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ImporterBench {

    /** The sizes, in characters, that docs/performance.md reports. */
    public static final String[] SIZES = {"10240", "102400", "1048576", "5242880"};

    /** What fills the text to its size. */
    public enum Shape {
        /** Step 3's Keterangan: runs of white space, each before a bracket that never closes. */
        SPACES_BEFORE_BRACKET,
        /** A line of unclosed {@code <!--} (with a tab, so it is tried as the table's header) before the table. */
        UNCLOSED_COMMENTS,
        /** The approving official's name, long, before the rank and NIP on its line. */
        LONG_APPROVER
    }

    @Param({"SPACES_BEFORE_BRACKET", "UNCLOSED_COMMENTS", "LONG_APPROVER"})
    public Shape shape;

    @Param({"10240", "102400", "1048576", "5242880"})
    public int size;

    private String text;

    @Setup
    public void setUp() {
        text = text(shape, size);
        SopTextResult r = read();
        if (r.definition().isEmpty()) {
            throw new IllegalStateException("the " + shape + " text of " + size + " characters reads with errors: "
                    + r.errors());
        }
    }

    /** The V.4 text, as {@link SopText#format} writes it, grown by the shape to about {@code size}. */
    static String text(Shape shape, int size) {
        String[] lines = SopText.format(PalangkaRaya.v4()).split("\n", -1);
        int base = String.join("\n", lines).length();
        int fill = Math.max(0, size - base);
        StringBuilder out = new StringBuilder(size + 256);
        for (String line : lines) {
            switch (shape) {
                case SPACES_BEFORE_BRACKET -> {
                    if (line.startsWith("3\t") || line.startsWith("3.\t")) {
                        StringBuilder note = new StringBuilder(fill);
                        while (note.length() < fill) {
                            note.append(" ".repeat(Math.min(64 * 1024, Math.max(1, fill - note.length())))).append("[x");
                        }
                        int tab = line.lastIndexOf('\t');
                        line = line.substring(0, tab + 1) + note + " " + line.substring(tab + 1);
                    }
                }
                case UNCLOSED_COMMENTS -> {
                    if (line.startsWith("NO\t")) {
                        out.append("<!--".repeat(fill / 4)).append("\tx\n");
                    }
                }
                case LONG_APPROVER -> {
                    if (line.startsWith("Disahkan oleh\t")) {
                        line = "Disahkan oleh\t<p>KEPALA DINAS</p><p>Drs. MURNI " + "Kata ".repeat(fill / 5)
                                + "Pembina Tk I NIP. 19610923 199103 1 004</p>";
                    }
                }
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Benchmark
    public SopTextResult read() {
        return SopText.read(text);
    }
}

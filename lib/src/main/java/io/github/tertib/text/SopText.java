package io.github.tertib.text;

import io.github.tertib.sop.SopDefinition;
import java.util.Objects;

/**
 * Reads and writes the text form of an SOP AP document: the identity section as labelled lines and
 * paragraphs, then the flowchart table as tab-separated rows, as documents exported from e-SOP systems
 * and word processors have it (see {@code docs/text-form.md}).
 *
 * <pre>{@code
 * SopTextResult r = SopText.read(Files.readString(Path.of("palangka-raya-sop-v4.txt")));
 * r.diagnostics().forEach(System.out::println);      // every inference and correction, with its line
 * SopDefinition v4 = r.orElseThrow();                 // equal to PalangkaRaya.v4()
 * String text = SopText.format(v4);                   // SopText.parse(text) equals v4 again
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SopText {

    private SopText() {
    }

    /**
     * Reads a text that must give a valid definition.
     *
     * @param text the text form, lines separated by LF, CRLF or CR; an initial byte-order mark is ignored
     * @return the definition
     * @throws SopTextException if the text has errors; it lists them with their lines, and carries the
     *     text and the position of the first
     */
    public static SopDefinition parse(String text) {
        SopTextResult r = read(text);
        return r.definition().orElseThrow(() -> new SopTextException(r.diagnostics(), text));
    }

    /**
     * Reads a text leniently. Never throws for any text: what is wrong or inferred is a
     * {@link Diagnostic} of the result, and the result holds a definition only when there is no error.
     *
     * @param text the text form, lines separated by LF, CRLF or CR; an initial byte-order mark is ignored
     * @return the definition, if one could be built, and every diagnostic, by line
     */
    public static SopTextResult read(String text) {
        Objects.requireNonNull(text, "text");
        return new TextReader(text).read();
    }

    /**
     * Writes a definition in the text form, with every annotation spelt out, so that
     * {@code SopText.parse(SopText.format(d))} equals {@code d}. Custom guards are code, not text, and are
     * not written.
     *
     * @param definition the definition
     * @return the text, lines ending with LF
     */
    public static String format(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return TextWriter.format(definition);
    }
}

package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Signatory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The importer reads, in time linear in the text, the three shapes that once took it quadratic time: a
 * Keterangan cell with a long run of white space before a bracket, a line of unclosed {@code <!--}
 * before the table, and a long "Disahkan oleh" name. Each is read at 1 MB; quadratic reading of 1 MB took
 * hours, so the generous bound below cannot be met by accident, and the assertions check that the
 * reading is the same as on a short text.
 */
class ImporterLinearityTest {

    static final int MEGABYTE = Integer.getInteger("tertib.importer.size", 1 << 20);
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** The V.4 text with step 3's Keterangan replaced by {@code note}. */
    static String withNote(String note) {
        String[] lines = V4Source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("3.\t")) {
                String[] cells = lines[i].split("\t", -1);
                cells[cells.length - 1] = note;
                lines[i] = String.join("\t", cells);
            }
        }
        return String.join("\n", lines);
    }

    /** The V.4 text with {@code line} inserted before the flowchart table. */
    static String withLineBeforeTable(String line) {
        String text = V4Source.text();
        int table = text.indexOf("\nNO\tKEGIATAN");
        return text.substring(0, table) + "\n" + line + text.substring(table);
    }

    /** The V.4 text with {@code words} inserted into the approving official's name. */
    static String withLongName(String words) {
        return V4Source.text().replace("Drs. MURNI Pembina", "Drs. MURNI " + words + "Pembina");
    }

    /** Shape 1: white space, then a bracket that never closes, then more of the same. */
    static String spacesBeforeBracket(int size) {
        StringBuilder b = new StringBuilder(size);
        while (b.length() < size) {
            b.append(" ".repeat(Math.min(64 * 1024, size - b.length()))).append("[x");
        }
        return b.toString();
    }

    /** Shape 2: unclosed comment openings in a cell of a line with a tab. */
    static String unclosedComments(int size) {
        return "<!--".repeat(size / 4) + "\tx";
    }

    /** Shape 3: words of a name that are no rank. */
    static String nameWords(int size) {
        return "Kata ".repeat(size / 5);
    }

    private static SopTextResult read(String text) {
        return assertTimeoutPreemptively(BOUND, () -> SopText.read(text));
    }

    @Test
    void a_megabyte_of_white_space_before_a_bracket_reads_as_a_note() {
        String note = spacesBeforeBracket(MEGABYTE);
        SopTextResult r = read(withNote(note));
        assertThat(r.definition()).isPresent();
        assertThat(r.definition().get().step(3).note()).contains(Markup.collapse(note));
    }

    @Test
    void a_bracket_after_white_space_is_still_an_annotation() {
        SopTextResult r = SopText.read(withNote(" ".repeat(1000) + "[Dapat ditunda] Catatan"));
        assertThat(r.definition()).isPresent();
        assertThat(r.definition().get().step(3).isPausable()).isTrue();
        assertThat(r.definition().get().step(3).note()).contains("Catatan");
    }

    @Test
    void a_megabyte_of_unclosed_comments_before_the_table_reads_the_table() {
        SopTextResult r = read(withLineBeforeTable(unclosedComments(MEGABYTE)));
        assertThat(r.definition()).contains(PalangkaRaya.v4());
    }

    @Test
    void a_megabyte_long_approving_official_keeps_rank_and_nip() {
        SopTextResult r = read(withLongName(nameWords(MEGABYTE)));
        Signatory s = r.definition().orElseThrow().identity().approvedBy().orElseThrow();
        Signatory v4 = PalangkaRaya.v4().identity().approvedBy().orElseThrow();
        assertThat(s.rank()).isEqualTo(v4.rank());
        assertThat(s.nip()).isEqualTo(v4.nip());
        assertThat(s.name()).startsWith("Drs. MURNI Kata Kata").endsWith("Kata");
    }
}

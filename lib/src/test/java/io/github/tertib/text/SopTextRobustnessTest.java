package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Malformed variants of the V.4 text: parse returns a result for each, never an exception. */
class SopTextRobustnessTest {

    private static final String[] LINES = V4Source.text().split("\n", -1);
    /** Lines (0-based) of the flowchart table: the two header rows and the seven steps. */
    private static final int TABLE = 39;

    /**
     * Lines whose loss changes nothing: Nomor SOP (28) and Nama SOP (33) are also in the title line, which
     * itself (38) only repeats them; Tanggal Revisi (31) is "-".
     */
    private static final java.util.Set<Integer> REDUNDANT = java.util.Set.of(28, 31, 33, 38);

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    /** Checks the result's invariants: a definition exactly when there is no error; lines within the text. */
    private static SopTextResult checked(String text) {
        SopTextResult r = SopText.read(text);
        int lines = text.split("\r\n|\r|\n", -1).length;
        assertThat(r.definition().isPresent()).isEqualTo(!r.hasErrors());
        assertThat(r.diagnostics()).allSatisfy(d -> {
            assertThat(d.line()).isBetween(0, lines);
            assertThat(d.message()).isNotBlank();
        });
        return r;
    }

    @Test
    void the_table_starts_where_this_test_expects() {
        assertThat(LINES[TABLE]).startsWith("NO\tKEGIATAN");
        assertThat(LINES.length).isEqualTo(TABLE + 9);
    }

    @TestFactory
    Stream<DynamicTest> every_single_line_deletion_reads_without_throwing() {
        return java.util.stream.IntStream.range(0, LINES.length).mapToObj(i -> DynamicTest.dynamicTest(
                "without line " + (i + 1) + ": " + LINES[i].substring(0, Math.min(40, LINES[i].length())), () -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(LINES));
                    lines.remove(i);
                    SopTextResult r = checked(join(lines));
                    if (LINES[i].isBlank() || REDUNDANT.contains(i + 1)) {
                        assertThat(r.definition()).contains(PalangkaRaya.v4());
                    } else {
                        assertThat(r.definition()).isNotEqualTo(java.util.Optional.of(PalangkaRaya.v4()));
                    }
                }));
    }

    @Test
    void deleting_the_end_row_is_an_error_on_the_row_before_it() {
        List<String> lines = new ArrayList<>(Arrays.asList(LINES));
        lines.remove(TABLE + 8);
        SopTextResult r = checked(join(lines));
        assertThat(r.errors()).extracting(Diagnostic::code).contains("NO_END");
    }

    @TestFactory
    Stream<DynamicTest> every_table_line_with_its_cells_shifted_by_a_column_reads_without_throwing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = TABLE; i < LINES.length; i++) {
            int cells = LINES[i].split("\t", -1).length;
            for (int at = 0; at <= cells; at++) {
                int line = i;
                int cell = at;
                tests.add(DynamicTest.dynamicTest("line " + (i + 1) + " shifted right from cell " + at, () -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(LINES));
                    lines.set(line, shift(LINES[line], cell));
                    checked(join(lines));
                }));
                tests.add(DynamicTest.dynamicTest("line " + (i + 1) + " shifted left at cell " + at, () -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(LINES));
                    lines.set(line, unshift(LINES[line], cell));
                    checked(join(lines));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void the_whole_table_shifted_by_a_column_reads_without_throwing_and_says_what_is_wrong() {
        List<String> lines = new ArrayList<>(Arrays.asList(LINES));
        for (int i = TABLE; i < LINES.length; i++) {
            lines.set(i, "\t" + LINES[i]);
        }
        SopTextResult r = checked(join(lines));
        assertThat(r.errors()).isNotEmpty();
    }

    @Test
    void a_data_row_shifted_right_puts_its_symbol_under_the_wrong_role_and_reads_on() {
        List<String> lines = new ArrayList<>(Arrays.asList(LINES));
        lines.set(TABLE + 5, shift(LINES[TABLE + 5], 2)); // step 4: "Proses" moves from Pelaksana to Kepala Seksi
        SopTextResult r = checked(join(lines));
        assertThat(r.orElseThrow().step(4).parts().get(0).role()).isEqualTo(PalangkaRaya.KEPALA_SEKSI);
        assertThat(r.orElseThrow().step(4).time()).map(t -> t.text()).contains("2400 Menit");
        assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("TIME_SLIPPED")).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(TABLE + 6));
    }

    @Test
    void without_the_nomor_sop_line_the_number_comes_from_the_title_line() {
        List<String> lines = new ArrayList<>(Arrays.asList(LINES));
        lines.remove(27);
        SopTextResult r = checked(join(lines));
        assertThat(r.orElseThrow().number()).isEqualTo("V. 4.");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("NUMBER_FROM_TITLE");
    }

    /** Inserts an empty cell before cell {@code at}. */
    private static String shift(String line, int at) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        cells.add(Math.min(at, cells.size()), "");
        return String.join("\t", cells);
    }

    /** Removes the tab before cell {@code at}, merging it into the cell before it. */
    private static String unshift(String line, int at) {
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        if (at == 0 || at >= cells.size()) {
            return line.replaceFirst("\t", "");
        }
        cells.set(at - 1, cells.get(at - 1) + cells.remove(at));
        return String.join("\t", cells);
    }
}

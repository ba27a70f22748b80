package io.github.tertib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Visit;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a failing property shows: QuickTheories' seed and the value shrunk through the generators' choices,
 * a definition printed as a step table and a scenario's commands one per line. The properties here are
 * false on purpose.
 */
class ShrinkingTest {

    private static final Pattern ROW = Pattern.compile("^ *\\d+ \\| (START|PROCESS|DECISION|END) +\\| ");
    private static final Pattern COMMAND = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\S+Z"
            + " (start|complete \\d+( as \\S+)?|decide \\d+ (Ya|Tidak)|suspend|resume|cancel) by .+ \\(\\S+\\)");

    @Test
    void a_false_property_about_tables_is_reported_with_its_seed_and_the_smallest_table() {
        Throwable failure = catchThrowable(() -> qt().withFixedSeed(20260101L).withExamples(200)
                .forAll(TertibGens.of(SopGenerators.validTables()))
                .check(table -> table.rows().size() < 3));

        assertThat(failure).isInstanceOf(AssertionError.class);
        String message = failure.getMessage();
        assertThat(message).contains("Seed was 20260101");
        // The smallest counter-example: three rows, and every other choice at its simplest.
        String nl = System.lineSeparator();
        assertThat(message).contains(String.join(nl,
                "Smallest found falsifying value(s) :-",
                "SOP A.1 \"Penerbitan Surat Keterangan\"",
                "roles: Pelaksana (pelaksana)",
                "No | kind    | Kegiatan                        | parts             | Waktu   | goes to | more",
                " 1 | START   | Menerima berkas permohonan      | pelaksana: Mulai  | 1 Menit |         |",
                " 2 | PROCESS | Memeriksa kelengkapan berkas    | pelaksana: Proses | 1 Menit |         |",
                " 3 | END     | Surat diserahkan kepada pemohon |                   |         |         |",
                "Other found falsifying value(s)"));
    }

    @Test
    void a_false_property_about_cases_is_reported_with_its_seed_the_step_table_and_one_command_per_line() {
        // "No case does a step twice" is false: a "Tidak" at step 3 of V.4 sends the case back to step 2.
        // Scenarios are dear to generate, so the shrinking is bounded (QuickTheories' default is 100 cycles
        // per example); it still reaches the shortest loop.
        Throwable failure = catchThrowable(() -> qt().withFixedSeed(20260101L).withExamples(200)
                .withShrinkCycles(1000)
                .forAll(TertibGens.of(RunGenerators.commands(PalangkaRaya.v4())))
                .checkAssert(scenario -> assertThat(scenario.run().visits()).extracting(Visit::step)
                        .doesNotHaveDuplicates()));

        assertThat(failure).isInstanceOf(AssertionError.class);
        String message = failure.getMessage();
        assertThat(message).contains("Seed was 20260101");
        String smallest = message.substring(message.indexOf("Smallest found falsifying value(s) :-"),
                message.indexOf("Cause was :-"));
        List<String> lines = smallest.lines().skip(1).toList();
        // the definition as a step table, then the people
        List<String> table = StepTable.from(PalangkaRaya.v4()).toString().lines().toList();
        assertThat(lines.subList(0, table.size())).isEqualTo(table);
        assertThat(table).filteredOn(line -> ROW.matcher(line).find()).hasSize(7);
        assertThat(lines.get(table.size())).isEqualTo("case case-1, people:");
        // the start, then the shortest loop, one command per line
        int start = indexOf(lines, line -> line.contains(" start by "));
        assertThat(lines.subList(start, lines.size())).allMatch(line -> COMMAND.matcher(line).matches())
                .extracting(line -> line.replaceAll(" by .*", "")).containsExactly(
                        "2026-03-02T01:00:00Z start",
                        "2026-03-02T01:00:00Z complete 1 as kepala-seksi",
                        "2026-03-02T01:00:00Z complete 2 as kepala-bidang",
                        "2026-03-02T01:00:00Z complete 2 as kepala-dinas",
                        "2026-03-02T01:00:00Z decide 3 Tidak");
    }

    private static int indexOf(List<String> lines, Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no line matches in " + lines);
    }
}

package io.github.tertib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.quicktheories.TertibGens;
import org.junit.jupiter.api.Test;

/**
 * What a failing property shows: QuickTheories' seed and the value shrunk through the generators' choices,
 * printed as a step table. The property here is false on purpose.
 */
class ShrinkingTest {

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
}

package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.Choices;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the text, parse returns a result (never an exception) whose invariants hold. */
class SopTextRobustnessProperties {

    private static final List<String> TOKENS = List.of("\t", "\t", "\t", "\n", "\r\n", "\r", " ", "  ", "NO", "No.",
            "KEGIATAN", "Pelaksana", "Kepala Seksi", "Mutu Baku", "Waktu", "Kelengkapan", "Syarat", "Output",
            "KETERANGAN", "1.", "2.", "3)", "0.", "999999999.", "99999999999", "-1", "Start", "Mulai", "Selesai", "End",
            "Jika", "Apakah", "?", "Ya/Tidak", "Proses", "Nomor SOP", "Nama SOP", "Disahkan oleh", "Dasar Hukum :",
            "Peringatan:", "Keterkaitan", "Tgl. Pengesahan", "Dapat dibatalkan oleh", "Pemerintah", "**", "<p>", "</p>",
            "<li>", "<ol", "</", "<br/>", "&#", "&#1114112;", "&#xD800;", "&#9;", "&amp", "&nbsp;", "[", "]",
            "[Ya: 2; Tidak: 1]", "Ya: 99", "Tidak: 0", "Lanjut: 123456789", "[Simbol: x]", "[Simbol: keputusan]",
            "[Dapat ditunda]", "NIP. 1234", "NIP. 19610923 199103 1 004", "Pembina Tk I", "IV/e", "Drs. A", "15 Menit",
            "0 Menit", "30-15 Jam", "1000001 Hari", "11 September 2017", "31 Februari 2017", "2017-13-01", "-",
            "dapat menunggu", "\uD800", "\uDC00", "\uFEFF", "\u2028", "\u0000", "\u00a0", "\ud83d\ude00", "SOP", "V. 4.",
            "PEMERINTAH", "DINAS", "KOTA", "BIDANG", "SEKSI", "x", "Kepala Dinas [kadis]", "[-x-]", "Tidak ada");

    private static final Generator<String> GARBAGE = c -> {
        StringBuilder b = new StringBuilder();
        if (c.chance(50)) {
            b.append("NO\tKEGIATAN\tPelaksana\t\tMutu Baku\t\t\tKETERANGAN\n\t\tA\tB\tSyarat\tWaktu\tOutput\t\n");
        }
        int n = c.chooseInt(0, 120);
        for (int i = 0; i < n; i++) {
            b.append(TOKENS.get(c.chooseInt(0, TOKENS.size() - 1)));
        }
        if (c.chance(30)) {
            b.insert(0, V4Source.text().substring(0, c.chooseInt(0, V4Source.text().length())));
        }
        return b.toString();
    };

    private static final String[] V4 = V4Source.text().split("\n", -1);

    /** The V.4 text with a few random edits: lines dropped, duplicated or swapped, characters cut or inserted. */
    private static final Generator<String> MUTATED_V4 = c -> {
        List<String> lines = new ArrayList<>(Arrays.asList(V4));
        int edits = c.chooseInt(1, 6);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = c.chooseInt(0, lines.size() - 1);
            String line = lines.get(i);
            switch (c.chooseInt(0, 5)) {
                case 0:
                    lines.remove(i);
                    break;
                case 1:
                    lines.add(i, line);
                    break;
                case 2:
                    lines.set(i, lines.get(c.chooseInt(0, lines.size() - 1)));
                    break;
                case 3:
                    if (!line.isEmpty()) {
                        int from = c.chooseInt(0, line.length() - 1);
                        lines.set(i, line.substring(0, from) + line.substring(c.chooseInt(from, line.length())));
                    }
                    break;
                default:
                    int at = c.chooseInt(0, line.length());
                    lines.set(i, line.substring(0, at) + TOKENS.get(c.chooseInt(0, TOKENS.size() - 1))
                            + line.substring(at));
                    break;
            }
        }
        return String.join("\n", lines);
    };

    private static void check(String text) {
        SopTextResult r = SopText.read(text);
        // only a leading byte-order mark is not text; elsewhere it is a character (so "\r\uFEFF\n" is two breaks)
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int lines = body.split("\r\n|\r|\n", -1).length;
        assertThat(r.definition().isPresent()).isEqualTo(!r.hasErrors());
        assertThat(r.diagnostics()).allSatisfy(d -> {
            assertThat(d.line()).isBetween(0, lines);
            assertThat(d.message()).isNotBlank();
        });
        r.definition().ifPresent(d -> assertThat(SopText.parse(SopText.format(d))).isEqualTo(d));
    }

    @Test
    void garbage_never_makes_parse_throw() {
        qt().withExamples(1000).forAll(TertibGens.of(GARBAGE)).checkAssert(SopTextRobustnessProperties::check);
    }

    @Test
    void edited_v4_texts_never_make_parse_throw_and_what_they_give_round_trips() {
        qt().withExamples(500).forAll(TertibGens.of(MUTATED_V4)).checkAssert(SopTextRobustnessProperties::check);
    }

    @Test
    void garbage_from_a_fixed_seed_reaches_a_definition_sometimes() {
        Choices c = Choices.from(new java.util.SplittableRandom(20260101L));
        int defined = 0;
        for (int i = 0; i < 300; i++) {
            if (SopText.read(MUTATED_V4.generate(c)).definition().isPresent()) {
                defined++;
            }
        }
        assertThat(defined).isBetween(1, 299);
    }
}

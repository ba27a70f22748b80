package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.tertib.TertibParseException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RankTest {

    @Test
    void the_table_runs_from_juru_muda_I_a_to_pembina_utama_IV_e() {
        assertThat(Arrays.stream(Rank.values()).map(Rank::display)).containsExactly(
                "Juru Muda, I/a", "Juru Muda Tingkat I, I/b", "Juru, I/c", "Juru Tingkat I, I/d",
                "Pengatur Muda, II/a", "Pengatur Muda Tingkat I, II/b", "Pengatur, II/c", "Pengatur Tingkat I, II/d",
                "Penata Muda, III/a", "Penata Muda Tingkat I, III/b", "Penata, III/c", "Penata Tingkat I, III/d",
                "Pembina, IV/a", "Pembina Tingkat I, IV/b", "Pembina Utama Muda, IV/c", "Pembina Utama Madya, IV/d",
                "Pembina Utama, IV/e");
    }

    @ParameterizedTest
    @EnumSource(Rank.class)
    void reads_every_rank_by_pangkat_by_golongan_and_by_both(Rank rank) {
        assertThat(Rank.parse(rank.pangkat())).isEqualTo(rank);
        assertThat(Rank.parse(rank.golongan())).isEqualTo(rank);
        assertThat(Rank.parse(rank.display())).isEqualTo(rank);
        assertThat(Rank.parse(rank.pangkat().toUpperCase(java.util.Locale.ROOT))).isEqualTo(rank);
        assertThat(Rank.parse(rank.pangkat() + " (" + rank.golongan() + ")")).isEqualTo(rank);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pembina Tk I", "Pembina Tk. I", "Pembina TK.I", "Pembina Tingkat I", "pembina tingkat i",
        "PEMBINA TK I", "  Pembina   Tk  I ", "IV/b", "iv/b", "IV / b", "Pembina Tk I (IV/b)", "Pembina Tk. I, IV/b"})
    void reads_the_ways_documents_write_pembina_tingkat_I(String text) {
        assertThat(Rank.parse(text)).isEqualTo(Rank.PEMBINA_TINGKAT_I);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pembina, IV/a         | PEMBINA",
        "Juru Tk I             | JURU_TINGKAT_I",
        "Pengatur Muda Tk. I   | PENGATUR_MUDA_TINGKAT_I",
        "Penata Muda Tingkat I | PENATA_MUDA_TINGKAT_I",
        "III/d                 | PENATA_TINGKAT_I",
        "I/a                   | JURU_MUDA"})
    void reads_other_ranks(String text, Rank expected) {
        assertThat(Rank.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Pembina, IV/b          | names Pembina (IV/a) and golongan IV/b: they disagree",
        "Pembina Tk I (IV/a)    | names Pembina Tingkat I (IV/b) and golongan IV/a: they disagree",
        "Penata Muda, II/a      | names Penata Muda (III/a) and golongan II/a"})
    void refuses_a_pangkat_and_golongan_that_disagree(String text, String message) {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> Rank.parse(text))
                .withMessageStartingWith("the rank \"" + text + "\"").withMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kolonel", "IV/f", "V/a", "", "Tk I", "Pembina Tingkat II"})
    void refuses_a_text_that_names_no_rank_quoting_it(String text) {
        assertThatExceptionOfType(TertibParseException.class).isThrownBy(() -> Rank.parse(text))
                .withMessageStartingWith("cannot read the rank \"" + text + "\"")
                .withMessageContaining("such as \"Pembina Tingkat I\"");
    }
}

package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Headers and cells break between words, and hyphenate only a word wider than its column. */
class TextWrapTest {

    @Test
    void words_that_fit_are_never_broken() {
        double max = Text.width("Kepala Seksi", 9.5, true);
        assertThat(Text.wrap("Kepala Seksi Umum", max, 9.5, true)).containsExactly("Kepala Seksi", "Umum");
    }

    @Test
    void a_word_wider_than_its_column_is_hyphenated_and_the_next_word_stays_whole() {
        double max = Text.width("Pengadminis", 9.5, true);
        List<String> lines = Text.wrap("Pengadministrasi Umum", max, 9.5, true);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(0)).endsWith("-");
        assertThat(lines).allSatisfy(l -> assertThat(Text.width(l, 9.5, true)).isLessThanOrEqualTo(max));
        assertThat(String.join("", lines).replace("-", "").replace(" ", "")).isEqualTo("PengadministrasiUmum");
        assertThat(lines.get(lines.size() - 1)).endsWith("Umum");
    }

    @Test
    void role_headers_of_a_crowded_flowchart_break_between_words() {
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            roles.add(Role.of("r" + i, i == 4 ? "Pengadministrasi Umum" : "Kepala Seksi " + i));
        }
        SopBuilder b = Sop.define("X.1", "Banyak Peran").roles(roles.toArray(Role[]::new));
        b.start(1, "Mulai").by(roles.get(0), "Start").takes("5 Menit");
        for (int i = 1; i < 9; i++) {
            b.process(i + 1, "Langkah " + i).by(roles.get(i), "Proses").takes("5 Menit");
        }
        b.end(10, "Selesai").by(roles.get(0), "Selesai");
        SopDefinition d = b.build();
        String svg = SopRenderer.standard().svg(d);
        Matcher m = Pattern.compile("data-role=\"r4\" font-size=\"9.5\">(.*?)</text>").matcher(svg);
        assertThat(m.find()).isTrue();
        List<String> lines = new ArrayList<>();
        Matcher t = Pattern.compile(">([^<]*)</tspan>").matcher(m.group(1));
        while (t.find()) {
            lines.add(t.group(1).strip());
        }
        assertThat(lines).last().isEqualTo("Umum");
        StringBuilder read = new StringBuilder();
        for (String line : lines) {
            boolean hyphen = line.endsWith("-");
            read.append(hyphen ? line.substring(0, line.length() - 1) : line + " ");
        }
        // read back as a reader does: a hyphen at the end of a line joins, anything else is a space
        assertThat(read.toString().strip()).isEqualTo("Pengadministrasi Umum");
    }
}

package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A role title typed with white space at its end is the role its text form reads back. */
class TitleWhiteSpaceRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u3000", "\u2029", "\u000B", " ", "\t"})
    void a_title_ending_in_white_space_round_trips_exactly(String space) {
        Role kasi = Role.of("kepala-seksi ", "Kepala Seksi" + space);
        assertThat(kasi).isEqualTo(Role.of("kepala-seksi", "Kepala Seksi"));
        SopDefinition d = Sop.define("A.1", "Penerbitan Surat").roles(kasi)
                .start(1, "Menerima permohonan").by(kasi, "Mulai").takes("15 Menit")
                .end(2, "Surat diserahkan").by(kasi, "Selesai")
                .build();
        assertThat(SopText.parse(SopText.format(d))).isEqualTo(d);
    }
}

package io.github.tertib.run;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.run.V4.ANDI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.SARI;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refusal's facts, and its sentences for officials in Indonesian and English. */
class RejectionLanguageTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    private static Rejection refusal(Runnable command) {
        return catchThrowableOfType(RejectedTransitionException.class, command::run).rejection();
    }

    @Test
    void an_ended_delegation_is_said_in_office_terms_with_the_instant_in_wib() {
        Instant later = Instant.parse("2026-03-09T01:00:00Z");
        SopInstance run = V4.atStep2().complete(2, RINA, later);
        Rejection r = refusal(() -> run.complete(2, SARI, later));
        assertThat(r.code()).isEqualTo(RejectionCode.DELEGATION_NOT_VALID);
        assertThat(r.actor()).isEqualTo(SARI.person());
        assertThat(r.command()).contains(Action.Kind.COMPLETE);
        assertThat(r.caseId()).isEqualTo("2026/001");
        assertThat(r.step()).isEqualTo(2);
        assertThat(r.at()).isEqualTo(later);
        assertThat(r.delegation()).isEqualTo(SARI.delegations().stream().findFirst());
        assertThat(r.lapse()).contains(Rejection.Lapse.ENDED);
        assertThat(r.message(ID)).isEqualTo("Sari (staf-7) tidak dapat menyelesaikan langkah 2 kasus 2026/001 sebagai"
                + " Kepala Dinas pada 9 Maret 2026 pukul 08.00 WIB: penunjukannya sebagai Plh. Kepala Dinas berlaku"
                + " dari 1 Maret 2026 pukul 07.00 WIB sampai 7 Maret 2026 pukul 07.00 WIB dan sudah berakhir; minta"
                + " Surat Perintah Plh. yang baru");
        assertThat(r.message(Locale.ENGLISH)).isEqualTo("Sari (staf-7) may not complete step 2 of case 2026/001 as"
                + " Kepala Dinas on 9 March 2026 at 08:00 WIB: their appointment as Plh. Kepala Dinas ran from"
                + " 1 March 2026 at 07:00 WIB until 7 March 2026 at 07:00 WIB and has ended; ask for a new Surat"
                + " Perintah Plh.");
        assertThat(r.message(ID)).doesNotContain("Actor", "(...)", "Z:");
    }

    @Test
    void the_old_code_in_and_an_office_zone_are_honoured() {
        Rejection r = refusal(() -> V4.atStep2().complete(2, KEPALA_DINAS, ANDI, t(20)));
        assertThat(r.role()).contains(KEPALA_DINAS);
        assertThat(r.part()).map(p -> p.role()).contains(KEPALA_DINAS);
        assertThat(r.message(new Locale("in"))).isEqualTo(r.message(ID)).contains("minta Surat Perintah Plt. atau Plh.");
        assertThat(r.message(ID, ZoneId.of("Asia/Makassar"))).contains("2 Maret 2026 pukul 09.20 WITA");
        assertThat(r.message(ID, ZoneId.of("Asia/Jayapura"))).contains("pukul 10.20 WIT");
        assertThat(r.message(Locale.ENGLISH, ZoneId.of("UTC"))).contains("2 March 2026 at 01:20 UTC");
        assertThat(r.message(Locale.ENGLISH, ZoneId.of("Asia/Singapore"))).contains("at 09:20 UTC+08:00");
    }

    @Test
    void the_exception_keeps_an_english_message_and_localises_by_the_default_locale() {
        RejectedTransitionException e = catchThrowableOfType(RejectedTransitionException.class,
                () -> V4.atStep2().complete(2, KEPALA_DINAS, ANDI, t(20)));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ID);
            assertThat(e.getMessage()).isEqualTo(e.rejection().message()).contains("Actor.acting(...)");
            assertThat(e.getLocalizedMessage()).isEqualTo(e.rejection().message(ID));
            Locale.setDefault(Locale.UK);
            assertThat(e.getLocalizedMessage()).isEqualTo(e.rejection().message(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_refused_start_names_no_command_and_lists_the_start_roles() {
        Rejection r = refusal(() -> SopInstance.start(V4.SOP, "2026/002", ANDI, t(0)));
        assertThat(r.command()).isEqualTo(Optional.empty());
        assertThat(r.roles()).isEqualTo(V4.SOP.startStep().roles());
        assertThat(r.message(ID)).startsWith("Andi (staf-3) tidak dapat memulai kasus 2026/002 pada 2 Maret 2026"
                + " pukul 08.00 WIB: ia tidak menjabat Kepala Seksi");
    }
}

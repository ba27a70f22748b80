package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs every example of docs/guide.md, with the results the page shows. */
class GuideRunningTest {

    SopDefinition v4 = PalangkaRaya.v4();
    Actor budi = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
    Actor rina = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
    Actor murni = Actor.of("kadin-1", "Murni", KEPALA_DINAS);
    Actor andi = Actor.of("staf-3", "Andi", PELAKSANA);
    Actor tim = Actor.of("tim-1", "Tim Pelaksanaan", PELAKSANAAN);
    Actor sari = Actor.of("staf-7", "Sari", PELAKSANA)
            .acting(KEPALA_DINAS, Capacity.PLH,
                    Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-02T17:00:00Z"));
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

    SopInstance run = SopInstance.start(v4, "2026/001", budi, t0);
    SopInstance atStep2 = run.complete(1, budi, t0.plus(15, MINUTES));
    SopInstance atStep3 = atStep2.complete(2, rina, t0.plus(30, MINUTES)).complete(2, sari, t0.plus(45, MINUTES));
    SopInstance looped = atStep3.decide(3, Answer.NO, budi, t0.plus(60, MINUTES), "anggaran belum jelas");
    SopInstance done = looped.complete(2, rina, t0.plus(1, DAYS)).complete(2, murni, t0.plus(1, DAYS))
            .decide(3, Answer.YES, budi, t0.plus(2, DAYS))
            .complete(4, andi, t0.plus(7, DAYS)).complete(5, tim, t0.plus(8, DAYS))
            .complete(6, andi, t0.plus(10, DAYS)).complete(6, budi, t0.plus(10, DAYS));

    @Test
    void starting_and_doing_the_steps() {
        assertThat(run.currentStep().number()).isEqualTo(1);
        assertThat(run.pendingParts()).containsExactly(Assignment.of(KEPALA_SEKSI, "Start"));
        assertThat(atStep2.currentStep().number()).isEqualTo(2);
        assertThat(atStep3.currentStep().number()).isEqualTo(3);
        assertThat(atStep3.lastEvent().signedAs()).isEqualTo("Plh. Kepala Dinas");
        assertThat(atStep2.complete(2, rina, t0.plus(30, MINUTES), "setuju dengan catatan").lastEvent().remark())
                .contains("setuju dengan catatan");
    }

    @Test
    void loops() {
        assertThat(looped.currentStep().number()).isEqualTo(2);
        assertThat(looped.pendingParts()).hasToString("[Kepala Bidang: Proses, Kepala Dinas: Proses]");
    }

    @Test
    void the_end() {
        assertThat(done.status()).isEqualTo(InstanceStatus.COMPLETED);
        assertThat(done.closedAt()).hasToString("Optional[2026-03-12T01:00:00Z]");
        assertThat(done.visits().stream().map(Visit::step).toList()).containsExactly(1, 2, 3, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void waiting() {
        SopInstance waiting = atStep3.suspend(budi, t0.plus(2, HOURS), "menunggu kejelasan identitas");
        assertThat(waiting.status()).isEqualTo(InstanceStatus.SUSPENDED);
        SopInstance going = waiting.resume(budi, t0.plus(1, DAYS));
        assertThat(going.visits().get(2).suspensions()).hasToString("[Suspension[from=2026-03-02T03:00:00Z,"
                + " until=Optional[2026-03-03T01:00:00Z], reason=menunggu kejelasan identitas]]");
    }

    @Test
    void cancelling() {
        SopInstance cancelled = atStep2.cancel(murni, t0.plus(20, MINUTES), "kegiatan dibatalkan");
        assertThat(cancelled.status()).isEqualTo(InstanceStatus.CANCELLED);
        assertThat(v4.cancelRoles()).containsExactly(KEPALA_DINAS);
    }

    @Test
    void events_the_log_and_replay() {
        String text = EventLog.format(done.events());
        String stored = done.lastDigest().toString();
        SopInstance again = SopInstance.replay(v4, EventLog.parse(text), Digest.parse(stored));
        assertThat(again.equals(done)).isTrue();
        assertThat(EventLog.table(done.events())).startsWith("#   at").contains("Sari (staf-7)            Plh. Kepala Dinas");
    }

    @Test
    void people_roles_and_acting_officials() {
        assertThat(sari.capacityFor(KEPALA_DINAS, Instant.parse("2026-03-02T03:00:00Z"))).contains(Capacity.PLH);
        assertThat(sari.capacityFor(KEPALA_DINAS, Instant.parse("2026-03-02T17:00:00Z"))).isEmpty();
        assertThatThrownBy(() -> looped.complete(2, sari, Instant.parse("2026-03-03T02:00:00Z")))
                .isInstanceOfSatisfying(RejectedTransitionException.class,
                        e -> assertThat(e.rejection().code()).isEqualTo(RejectionCode.DELEGATION_NOT_VALID))
                .hasMessage("Sari (staf-7) may not complete step 2 of case 2026/001 as Kepala Dinas at"
                        + " 2026-03-03T02:00:00Z: their Plh. delegation for Kepala Dinas runs from 2026-03-01T17:00:00Z"
                        + " until 2026-03-02T17:00:00Z, and has ended");
    }

    static final Role STAF = Role.of("staf", "Staf");
    static final Role KASI = Role.of("kasi", "Kepala Seksi");
    static final Role KABID = Role.of("kabid", "Kepala Bidang");

    @Test
    void rules_a_step_adds() {
        SopDefinition letter = Sop.define("T. 1", "Penerbitan Surat")
                .roles(STAF, KASI, KABID).cancelledBy(KABID)
                .start(1, "Menerima berkas").by(STAF, "Mulai").takes("5 Menit")
                .process(2, "Memeriksa dan menyetujui berkas").by(KASI, "Periksa").by(KABID, "Setujui")
                    .takes("15 Menit")
                    .definitiveOnly()
                    .separateActors()
                .process(3, "Menandatangani surat").by(KABID, "Tanda tangan").takes("10 Menit")
                    .guard("only during office hours, 08:00 to 16:00 WIB", a -> {
                        int h = a.at().atOffset(ZoneOffset.ofHours(7)).getHour();
                        return h >= 8 && h < 16;
                    })
                .end(4, "Surat diserahkan").by(STAF, "Selesai")
                .build();
        assertThat(letter.step(2).isDefinitiveOnly()).isTrue();
        assertThat(letter.step(2).requiresSeparateActors()).isTrue();
        assertThat(letter.step(3).guards()).extracting(g -> g.description())
                .containsExactly("only during office hours, 08:00 to 16:00 WIB");
    }

    @Test
    void asking_before_trying() {
        AllowedActions allowed = atStep2.allowedActions(sari, t0.plus(20, MINUTES));
        assertThat(allowed.actions()).hasToString(
                "[complete step 2 as Plh. Kepala Dinas, cancel at step 2 as Plh. Kepala Dinas]");
        assertThat(allowed.refusals().get(0).rejection().code()).isEqualTo(RejectionCode.ROLE_NOT_HELD);
        assertThat(allowed.refusals().get(0).role()).isEqualTo(Optional.of(KEPALA_BIDANG));
    }

    @Test
    void a_scripted_case() {
        SopInstance demo = Examples.v4().run();
        assertThat(EventLog.table(demo.events()).lines()).hasSize(15);
    }

    @Test
    void the_page_shows_these_examples() throws Exception {
        String page = Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", "guide.md"));
        for (String line : List.of(
                "SopInstance atStep3 = atStep2.complete(2, rina, t0.plus(30, MINUTES))",
                "SopInstance looped = atStep3.decide(3, Answer.NO, budi, t0.plus(60, MINUTES), \"anggaran belum jelas\");",
                "done.closedAt();   // Optional[2026-03-12T01:00:00Z]",
                "// [complete step 2 as Plh. Kepala Dinas, cancel at step 2 as Plh. Kepala Dinas]",
                "SopInstance demo = Examples.v4().run();")) {
            assertThat(page).contains(line);
        }
    }
}

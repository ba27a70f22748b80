package io.github.tertib.render;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Cases and reports for the render tests: the committed examples (the scripted V.4 case, and generated
 * V.4 cases for the monitoring report), and hand-built cases of a small SOP measured on the wall clock,
 * so that every minute in the tests can be checked by eye.
 */
final class ComplianceCases {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final WorkCalendar ASN = WorkCalendar.asn(JAKARTA).withHolidays(Holidays.indonesia());
    static final WorkCalendar CLOCK = WorkCalendar.continuous(JAKARTA);

    static final Role KASI = Role.of("kasi", "Kepala Seksi");
    static final Role KABID = Role.of("kabid", "Kepala Bidang");
    static final Actor BUDI = Actor.of("kasi-1", "Budi", KASI);
    static final Actor RINA = Actor.of("kabid-1", "Rina", KABID);

    /** The seed and the number of the generated V.4 cases of the monitoring example. */

    private ComplianceCases() {
    }

    /** An instant written in WIB, such as {@code wib("2026-03-02T08:10")}. */
    static Instant wib(String local) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(7));
    }

    /**
     * The scripted V.4 case ({@code Examples.v4()}) on the ASN calendar with holidays, as of its close,
     * under the default policy (working minutes): the committed example.
     */
    static ComplianceReport v4AsOfClose() {
        SopInstance run = Examples.v4().run();
        return ComplianceReport.of(run, ASN, run.closedAt().orElseThrow());
    }

    /**
     * The same case read in working days of 480 minutes, whose figures docs/compliance.md derives: the
     * worked example the marks are checked against.
     */
    static ComplianceReport v4AsOfCloseInWorkingDays() {
        SopInstance run = Examples.v4().run();
        return ComplianceReport.of(run, ASN, TimePolicy.workingDays(), run.closedAt().orElseThrow());
    }

    /**
     * A small SOP: 1 START (15 Menit), 2 PROCESS (20 Menit), 3 DECISION (10 Menit; "Tidak" back to 2),
     * 4 PROCESS without a Waktu, 5 END. Cancelled by the Kepala Bidang.
     */
    static SopDefinition small() {
        return Sop.define("X.1", "Contoh Kecil")
                .roles(KASI, KABID).cancelledBy(KABID)
                .start(1, "Menerima berkas").by(KASI, "Mulai").takes("15 Menit")
                .process(2, "Memeriksa berkas").by(KASI, "Periksa").takes("20 Menit")
                .decision(3, "Apakah berkas lengkap?").by(KABID, "Jika").takes("10 Menit").ifYes(4).ifNo(2)
                .process(4, "Mengarsipkan berkas").by(KASI, "Arsip")
                .end(5, "Selesai").by(KASI, "Selesai")
                .build();
    }

    /** A case of {@link #small()} started on Monday 2 March 2026 at 08:00 WIB, step 1 done at 08:10. */
    static SopInstance started(String id) {
        return SopInstance.start(small(), id, BUDI, wib("2026-03-02T08:00")).complete(1, BUDI, wib("2026-03-02T08:10"));
    }

    /**
     * Completed at 10:00: step 1 on time (10/15), step 2 late then on time (30/20, 10/20), step 3 on time
     * then late (5/10, 15/10), step 4 without a Waktu (50): the case is UNTIMED, 120 minutes.
     */
    static SopInstance completed() {
        return started("X/1")
                .complete(2, BUDI, wib("2026-03-02T08:40"))
                .decide(3, Answer.NO, RINA, wib("2026-03-02T08:45"))
                .complete(2, BUDI, wib("2026-03-02T08:55"))
                .decide(3, Answer.YES, RINA, wib("2026-03-02T09:10"))
                .complete(4, BUDI, wib("2026-03-02T10:00"));
    }

    /** Waiting at step 2 since 08:10. */
    static SopInstance open() {
        return started("X/2");
    }

    /** Cancelled by the Kepala Bidang at step 2 at 08:30. */
    static SopInstance cancelled() {
        return started("X/3").cancel(RINA, wib("2026-03-02T08:30"), "berkas ditarik");
    }

    /** The compliance of a case of {@link #small()} on the wall clock at an instant written in WIB. */
    static ComplianceReport onTheClock(SopInstance run, String asOf) {
        return ComplianceReport.of(run, CLOCK, TimePolicy.calendarTime(), wib(asOf));
    }
}

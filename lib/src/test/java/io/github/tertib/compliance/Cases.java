package io.github.tertib.compliance;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The calendar, people and cases of SOP V.4 that the worked examples measure. Instants are written in
 * WIB. On the ASN calendar a working date has 450 minutes (Monday to Thursday 07:30-12:00 and
 * 13:00-16:00, Friday 07:30-11:30 and 13:00-16:30). In working minutes, the reports' default, a minute
 * of a standard is a minute of that time; read as working days of 480 minutes, every working minute
 * measures 480/450 = 16/15 of a minute, and a standard of m minutes is 15m/16 working minutes.
 */
final class Cases {

    static final SopDefinition V4 = PalangkaRaya.v4();
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final WorkCalendar ASN = WorkCalendar.asn(JAKARTA).withHolidays(Holidays.indonesia());

    static final Actor BUDI = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
    static final Actor RINA = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
    static final Actor MURNI = Actor.of("kadin-1", "Murni", KEPALA_DINAS);
    static final Actor ANDI = Actor.of("staf-3", "Andi", PELAKSANA);
    static final Actor TIM = Actor.of("tim-1", "Tim Pelaksanaan", PELAKSANAAN);

    private Cases() {
    }

    /** An instant written in WIB, such as {@code wib("2026-03-02T08:14:03.75")}. */
    static Instant wib(String local) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.ofHours(7));
    }

    /**
     * A case whose steps 4 and 5 span Nyepi and Idul Fitri 2026: Wednesday 18 to Tuesday 24 March are
     * no working dates (cuti bersama 18, Nyepi 19, cuti bersama 20, Idul Fitri 21-22 on the weekend,
     * cuti bersama 23-24). Completed on Friday 27 March at 16:30.
     */
    static SopInstance iedCase() {
        return SopInstance.start(V4, "V4/2026/031", BUDI, wib("2026-03-16T08:00"))
                .complete(1, BUDI, wib("2026-03-16T08:10"))
                .complete(2, RINA, wib("2026-03-16T08:20"))
                .complete(2, MURNI, wib("2026-03-16T08:24"))
                .decide(3, Answer.YES, BUDI, wib("2026-03-16T08:30"))
                .complete(4, ANDI, wib("2026-03-17T10:00"))
                .complete(5, TIM, wib("2026-03-25T11:00"))
                .complete(6, ANDI, wib("2026-03-26T09:00"))
                .complete(6, BUDI, wib("2026-03-27T16:30"));
    }

    /** A case suspended at step 3 on Tuesday 17 March 2026 at 15:45, before the holidays; still suspended. */
    static SopInstance suspendedOverTheHolidays() {
        return SopInstance.start(V4, "V4/2026/032", BUDI, wib("2026-03-17T15:00"))
                .complete(1, BUDI, wib("2026-03-17T15:10"))
                .complete(2, RINA, wib("2026-03-17T15:20"))
                .complete(2, MURNI, wib("2026-03-17T15:40"))
                .suspend(BUDI, wib("2026-03-17T15:45"), "menunggu kejelasan identitas peserta");
    }

    /** The same case resumed on Wednesday 25 March at 09:00 and decided at 09:04: step 4 is current. */
    static SopInstance resumedAfterTheHolidays() {
        return suspendedOverTheHolidays()
                .resume(BUDI, wib("2026-03-25T09:00"))
                .decide(3, Answer.YES, BUDI, wib("2026-03-25T09:04"));
    }

    /** A case cancelled by the Kepala Dinas at step 2 on Monday 2 March 2026 at 09:00, one part done. */
    static SopInstance cancelledCase() {
        return SopInstance.start(V4, "V4/2026/033", BUDI, wib("2026-03-02T08:00"))
                .complete(1, BUDI, wib("2026-03-02T08:10"))
                .complete(2, RINA, wib("2026-03-02T08:20"))
                .cancel(MURNI, wib("2026-03-02T09:00"), "kegiatan dibatalkan");
    }

    /**
     * A case whose every finished step kept its standard: steps 1 to 3 within minutes on Monday 2 March
     * 2026, step 4 done on Thursday 5 March at 16:00, step 5 on Saturday 7 March at 10:00; step 6 is current.
     */
    static SopInstance onTimeCase() {
        return SopInstance.start(V4, "V4/2026/034", BUDI, wib("2026-03-02T08:00"))
                .complete(1, BUDI, wib("2026-03-02T08:10"))
                .complete(2, RINA, wib("2026-03-02T08:15"))
                .complete(2, MURNI, wib("2026-03-02T08:20"))
                .decide(3, Answer.YES, BUDI, wib("2026-03-02T08:25"))
                .complete(4, ANDI, wib("2026-03-05T16:00"))
                .complete(5, TIM, wib("2026-03-07T10:00"));
    }
}

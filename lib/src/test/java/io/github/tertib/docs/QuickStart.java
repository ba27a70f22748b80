package io.github.tertib.docs;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.run.Actor;
import io.github.tertib.run.AllowedActions;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import java.time.ZoneId;

public final class QuickStart {

    public static void main(String[] args) {
        SopDefinition v4 = PalangkaRaya.v4();                     // or Sop.define("V. 4", "...")...build()
        Actor budi = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
        Actor rina = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
        Actor sari = Actor.of("staf-7", "Sari", PELAKSANA)        // Plh. Kepala Dinas for one day
                .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-02T17:00:00Z"));
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");       // Monday 08:00 WIB
        SopInstance run = SopInstance.start(v4, "2026/001", budi, t0)
                .complete(1, budi, t0.plusSeconds(900))           // each command returns a new instance
                .complete(2, rina, t0.plusSeconds(1800)).complete(2, sari, t0.plusSeconds(2700));
        System.out.println(run.currentStep().number());           // 3: the decision, Ya → 4, Tidak → 2

        AllowedActions allowed = run.allowedActions(rina, t0.plusSeconds(3600));
        System.out.println(allowed.refusals().get(0).rejection().code()); // nothing for Rina, and why: ROLE_NOT_HELD

        String log = EventLog.format(run.events());               // SHA-256 chained, replayable
        System.out.println(SopInstance.replay(v4, EventLog.parse(log)).equals(run)); // true

        WorkCalendar asn = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
        ComplianceReport report = ComplianceReport.of(run, asn, t0.plusSeconds(3600));
        report.steps().forEach(s -> System.out.println(s.step() + " " + s.status()));
        // step 1 ON_TIME, 2 LATE (30 of 15 min), 3 OVERDUE
    }
}

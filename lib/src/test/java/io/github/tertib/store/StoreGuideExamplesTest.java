package io.github.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The host application of docs/store.md and docs/guide.md, run as the pages show it, on H2. */
class StoreGuideExamplesTest {

    @Test
    void a_host_application_keeps_cases_with_ten_lines() throws Exception {
        DataSource dataSource = Databases.h2();
        SopDefinition v4 = PalangkaRaya.v4();
        Actor kasi = Actor.of("kasi-1", "Budi", PalangkaRaya.KEPALA_SEKSI);
        Actor kabid = Actor.of("kabid-1", "Rina", PalangkaRaya.KEPALA_BIDANG);
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
        Instant t1 = t0.plusSeconds(600);
        Instant now = t0.plusSeconds(3600);
        // --- the ten lines of docs/store.md
        WorkCalendar calendar = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
        CaseStore store = CaseStore.jdbc(dataSource, calendar);            // PostgreSQL or H2
        store.createSchema();                                              // once; or Flyway with V1__tertib.sql
        store.register(v4);                                                // at start-up, each revision in use
        store.start(v4, "2026/001", kasi, t0);
        store.update("2026/001", c -> c.complete(1, kasi, t1));            // retried if another server raced
        List<WorkItem> mine = store.worklist(kabid, now);                  // what Rina must do now
        List<CaseSummary> late = store.overdue(now);                       // open cases past their due instant
        SopInstance c = store.find("2026/001").orElseThrow();              // the case, replayed and checked
        // ---
        assertThat(mine).singleElement().satisfies(w -> assertThat(w.toString()).contains("step=2"));
        assertThat(late).extracting(CaseSummary::caseId).containsExactly("2026/001");
        assertThat(c.events()).hasSize(2);
        String page = Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", "store.md"));
        assertThat(page).contains("store.update(\"2026/001\", c -> c.complete(1, kasi, t1));")
                .contains("List<WorkItem> mine = store.worklist(kabid, now);");
        String guide = Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", "guide.md"));
        assertThat(guide).contains("store.update(\"2026/001\", c -> c.complete(1, kasi, t1));")
                .contains("CaseStore store = CaseStore.jdbc(dataSource, calendar);");
    }
}

package io.github.tertib.docs;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.StepCompliance;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.time.ZoneId;
import io.github.tertib.run.Actor;
import io.github.tertib.run.AllowedActions;
import io.github.tertib.sop.Capacity;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.RejectionCode;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The quick start of README.md, run as written. */
class ReadmeQuickStartTest {

    @Test
    void the_quick_start_does_what_the_readme_says() {
        SopDefinition v4 = PalangkaRaya.v4();                     // or Sop.define("V. 4", "...")...build()
        Actor budi = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
        Actor rina = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
        Actor sari = Actor.of("staf-7", "Sari", PELAKSANA)        // Plh. Kepala Dinas for one day
                .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T17:00:00Z"), Instant.parse("2026-03-02T17:00:00Z"));
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");       // Monday 08:00 WIB
        SopInstance run = SopInstance.start(v4, "2026/001", budi, t0)
                .complete(1, budi, t0.plusSeconds(900))           // each command returns a new instance
                .complete(2, rina, t0.plusSeconds(1800)).complete(2, sari, t0.plusSeconds(2700));
        assertThat(run.currentStep().number()).isEqualTo(3);
        AllowedActions allowed = run.allowedActions(rina, t0.plusSeconds(3600));
        assertThat(allowed.actions()).isEmpty();
        assertThat(allowed.refusals()).extracting(r -> r.rejection().code()).contains(RejectionCode.ROLE_NOT_HELD);
        String log = EventLog.format(run.events());               // SHA-256 chained, replayable
        assertThat(SopInstance.replay(v4, EventLog.parse(log))).isEqualTo(run);
        WorkCalendar asn = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
        ComplianceReport report = ComplianceReport.of(run, asn, t0.plusSeconds(3600));
        assertThat(report.steps()).extracting(StepCompliance::status).containsExactly(ComplianceStatus.ON_TIME,
                ComplianceStatus.LATE, ComplianceStatus.OVERDUE);
        assertThat(report.steps().get(1).elapsed()).isEqualTo(java.time.Duration.ofMinutes(30));
    }

    @Test
    void the_readme_shows_that_code() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("user.dir"), "..", "README.md"));
        assertThat(readme)
                .contains(".complete(2, rina, t0.plusSeconds(1800)).complete(2, sari, t0.plusSeconds(2700));")
                .contains("AllowedActions allowed = run.allowedActions(rina, t0.plusSeconds(3600));")
                .contains("// nothing for Rina, and why: ROLE_NOT_HELD")
                .contains("ComplianceReport report = ComplianceReport.of(run, asn, t0.plusSeconds(3600));")
                .contains("// step 1 ON_TIME, 2 LATE (30 of 15 min), 3 OVERDUE")
                .contains("mvn -B verify")
                .contains("./tertib show v4");
    }

    private static final Path QUICK_START = Path.of("src", "test", "java", "io", "github", "tertib", "docs", "QuickStart.java");

    @Test
    void the_readme_holds_the_quick_start_file_verbatim() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("user.dir"), "..", "README.md"));
        String begin = "<!-- quick start: lib/" + QUICK_START.toString().replace('\\', '/') + " -->\n```java\n";
        String end = "```\n<!-- end of quick start -->";
        assertThat(readme).contains(begin).contains(end);
        String shown = readme.substring(readme.indexOf(begin) + begin.length(), readme.indexOf(end));
        assertThat(shown).isEqualTo(Files.readString(QUICK_START));
    }

    @Test
    void the_quick_start_file_runs_and_prints_what_its_comments_say() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "3", "ROLE_NOT_HELD", "true", "1 ON_TIME", "2 LATE", "3 OVERDUE");
    }
}

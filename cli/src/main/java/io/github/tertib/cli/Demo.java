package io.github.tertib.cli;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.store.CaseStore;
import io.github.tertib.store.CaseSummary;
import io.github.tertib.store.WorkItem;
import io.github.tertib.time.WorkCalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tertib demo}: Tertib's main job on an embedded default. Cases of V.4 kept in an H2 file
 * database (or any PostgreSQL given by JDBC URL), a month of them simulated with a fixed seed, then one
 * official's worklist, the overdue list and the monitoring report, and the monitoring document as HTML.
 * A second run reuses the database: the simulated month is already there, so it only reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Keeps a month of simulated V.4 cases in a database (H2 under ./tertib-data, or --jdbc),"
                + " then prints an official's worklist, the overdue cases and the monitoring report, and writes"
                + " the monitoring document as HTML. A second run reuses the database.")
final class Demo implements Callable<Integer> {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The simulated month: November 2026, reported as of its last working afternoon. */
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 2);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    private static final Instant AS_OF = LocalDateTime.of(2026, 11, 30, 16, 0).atZone(WIB).toInstant();
    private static final long SEED = 20261101L;
    private static final int CASES_A_DAY = 3;

    private static final Actor BUDI = Actor.of("197805122005011003", "Budi Santoso", PalangkaRaya.KEPALA_SEKSI);
    private static final Actor RINA = Actor.of("197203041998032002", "Rina Wulandari", PalangkaRaya.KEPALA_BIDANG);
    private static final Actor MURNI = Actor.of("196109231991031004", "Drs. MURNI", PalangkaRaya.KEPALA_DINAS);
    private static final Actor ANDI = Actor.of("199002202015031001", "Andi Pratama", PalangkaRaya.PELAKSANA);
    private static final Actor TIM = Actor.of("tim-pelaksanaan", "Tim Pelaksanaan Kegiatan", PalangkaRaya.PELAKSANAAN);

    private final Cli cli;

    @Option(names = "--db", paramLabel = "DIR", description = "the directory of the H2 database (default ./tertib-data)")
    String db;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "a JDBC URL instead of H2 under --db, such as jdbc:postgresql://localhost/tertib")
    String jdbc;

    @Option(names = "--user", paramLabel = "USER", description = "the database user for --jdbc")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "the database password for --jdbc")
    String password;

    @Option(names = "--out", paramLabel = "FILE",
            description = "where to write the monitoring document (default DIR/monitoring-v4.html)")
    String file;

    @Mixin
    TimeOptions time;

    Demo(Cli cli) {
        this.cli = cli;
    }

    @Override
    @SuppressWarnings("try") // the keeper connection is held, not used
    public Integer call() {
        if (jdbc != null && db != null) {
            throw new Cli.UsageException("demo takes --db DIR (H2) or --jdbc URL, not both");
        }
        if (jdbc == null && (user != null || password != null)) {
            throw new Cli.UsageException("--user and --password go with --jdbc URL; the H2 database under --db needs none");
        }
        Path dir = Files.path(db == null ? "tertib-data" : db).toAbsolutePath().normalize();
        String url = jdbc != null ? jdbc : "jdbc:h2:file:" + dir.resolve("tertib");
        if (jdbc == null) {
            createDirectory(dir);
        }
        String out = file != null ? file : dir.resolve("monitoring-v4.html").toString();
        WorkCalendar calendar = time.asn(WIB);
        SopDefinition v4 = PalangkaRaya.v4();
        DriverDataSource dataSource = new DriverDataSource(url, user, password);
        // one connection held for the run keeps an H2 file database open between the store's connections
        try (Connection keeper = connect(dataSource, where(dir))) {
            return demo(CaseStore.jdbc(dataSource, calendar), v4, calendar, where(dir), out);
        } catch (SQLException e) {
            throw new io.github.tertib.TertibException("the database " + where(dir) + " failed: " + e.getMessage());
        }
    }

    private String where(Path dir) {
        return jdbc != null ? jdbc : cli.say("basis data H2 ", "the H2 database ") + dir;
    }

    private static Connection connect(DriverDataSource dataSource, String where) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new io.github.tertib.TertibException("cannot connect to " + where + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    private int demo(CaseStore store, SopDefinition v4, WorkCalendar calendar, String where, String out) {
        store.createSchema();
        store.register(v4);
        if (store.find(caseId(FIRST, 1)).isPresent()) {
            cli.out().println(cli.say("Memakai kembali kasus yang sudah tersimpan di " + where
                    + " (hapus direktorinya untuk mulai dari awal).",
                    "Reusing the cases already kept in " + where + " (delete its directory to start clean)."));
        } else {
            int cases = simulate(store, v4, calendar);
            cli.out().println(cli.say("Disimulasikan " + cases + " kasus SOP V.4 bulan November 2026 (benih " + SEED
                    + "), disimpan di " + where + ".", "Simulated " + cases + " cases of SOP V.4 in November 2026 (seed "
                    + SEED + "), kept in " + where + "."));
        }
        String asOf = Times.show(AS_OF, WIB);
        cli.out().println();
        List<WorkItem> work = store.worklist(BUDI, AS_OF);
        cli.out().println(cli.say("Daftar kerja " + BUDI.name() + " (Kepala Seksi) pada " + asOf + ": " + work.size()
                + " pekerjaan", "Worklist of " + BUDI.name() + " (Kepala Seksi) on " + asOf + ": " + work.size() + " items"));
        for (WorkItem w : work) {
            cli.out().println(String.format("  %-16s %-8s %s %d  %-28s %s", w.caseId(), w.kind(), cli.say("langkah", "step"), w.step(),
                    w.capacity().titled(w.role()) + " (" + w.label() + ")",
                    w.due().map(d -> cli.say("batas ", "due ") + Times.show(d, WIB)).orElse("")));
        }
        cli.out().println();
        List<CaseSummary> overdue = store.overdue(AS_OF);
        cli.out().println(cli.say("Kasus terlambat pada " + asOf + ": " + overdue.size(), "Overdue cases on " + asOf
                + ": " + overdue.size()));
        for (CaseSummary c : overdue) {
            cli.out().println(String.format("  %-16s %-10s %s %d  %s", c.caseId(), c.status(), cli.say("langkah", "step"), c.step(),
                    c.due().map(d -> cli.say("batas ", "due ") + Times.show(d, WIB))
                            .orElse(c.dueUnknown().orElse(""))));
        }
        cli.out().println();
        MonitoringReport report = store.monitoring(v4, FIRST.atStartOfDay(WIB).toInstant(),
                LAST.plusDays(1).atStartOfDay(WIB).toInstant(), AS_OF);
        cli.out().print(report.toMarkdown(cli.locale()));
        Files.write(out, SopRenderer.standard().html(report));
        cli.out().println();
        cli.out().println(cli.say("Dokumen monitoring ditulis ke ", "Monitoring document written to ") + out);
        return Cli.OK;
    }

    private static void createDirectory(Path dir) {
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new io.github.tertib.TertibException(dir + " is not a directory: give --db a directory for the database");
        }
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (IOException e) {
            throw new io.github.tertib.TertibException("cannot create the database directory " + dir + ": " + e.getMessage());
        }
    }

    private static String caseId(LocalDate day, int n) {
        return String.format("V4/%s/%02d", day, n);
    }

    /** Starts {@value #CASES_A_DAY} cases every working day and runs each as far as the month allows. */
    private static int simulate(CaseStore store, SopDefinition v4, WorkCalendar calendar) {
        Random random = new Random(SEED);
        int cases = 0;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || calendar.workingHoursOn(day).isEmpty()) {
                continue;
            }
            for (int n = 1; n <= CASES_A_DAY; n++) {
                Instant start = calendar.plusWorkingTime(day.atTime(7, 30).atZone(WIB).toInstant(),
                        Duration.ofMinutes(random.nextInt(420)));
                if (start.isAfter(AS_OF)) {
                    continue;
                }
                String id = caseId(day, n);
                store.start(v4, id, BUDI, start);
                run(store, id, calendar, random, start);
                cases++;
            }
        }
        return cases;
    }

    /** The path of one case: each step's parts after a random share of its standard, sometimes past it. */
    private static void run(CaseStore store, String id, WorkCalendar calendar, Random random, Instant start) {
        Instant[] t = {start};
        Step step = (minutes, command) -> {
            Instant at = calendar.plusWorkingTime(t[0], Duration.ofMinutes(minutes));
            if (at.isAfter(AS_OF)) {
                return false;
            }
            t[0] = at;
            store.update(id, command.apply(at));
            return true;
        };
        if (!step.take(3 + random.nextInt(16), at -> c -> c.complete(1, BUDI, at))) {
            return;
        }
        boolean approved = false;
        while (!approved) {
            if (!step.take(2 + random.nextInt(6), at -> c -> c.complete(2, RINA, at))
                    || !step.take(2 + random.nextInt(9), at -> c -> c.complete(2, MURNI, at))) {
                return;
            }
            approved = random.nextInt(5) > 0;
            Answer answer = approved ? Answer.YES : Answer.NO;
            if (!step.take(2 + random.nextInt(10), at -> c -> c.decide(3, answer, BUDI, at))) {
                return;
            }
        }
        if (step.take(1200 + random.nextInt(1500), at -> c -> c.complete(4, ANDI, at))
                && step.take(200 + random.nextInt(330), at -> c -> c.complete(5, TIM, at))
                && step.take(400 + random.nextInt(700), at -> c -> c.complete(6, ANDI, at))) {
            step.take(60 + random.nextInt(400), at -> c -> c.complete(6, BUDI, at));
        }
    }

    /** One step of the path: the command at the instant that many working minutes later, if in the month. */
    @FunctionalInterface
    private interface Step {
        boolean take(int minutes, java.util.function.Function<Instant, UnaryOperator<SopInstance>> command);
    }

}
